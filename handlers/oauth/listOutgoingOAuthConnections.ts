import type { Handler } from '../../server/http/handler';
import { connectionsUnavailable, requireReadConnections } from '../../app/oauth/outgoingConnections';

/** Enterprise only: the read permission is checked, then the licence refuses (see app/oauth/outgoingConnections.ts). */
export const listOutgoingOAuthConnections: Handler<'ListOutgoingOAuthConnections'> = async (ctx) => {
  await requireReadConnections(ctx.server, ctx.session, String((ctx.query as { team_id?: string }).team_id ?? ''));
  throw connectionsUnavailable(ctx.server);
};
