import type { Handler } from '../../server/http/handler';
import { connectionsUnavailable, requireWriteConnections } from '../../app/oauth/outgoingConnections';

/** Enterprise only: the write permission is checked, then the licence refuses (see app/oauth/outgoingConnections.ts). */
export const validateOutgoingOAuthConnection: Handler<'ValidateOutgoingOAuthConnection'> = async (ctx) => {
  requireWriteConnections(ctx.server, ctx.session);
  throw connectionsUnavailable(ctx.server);
};
