import type { Handler } from '../../server/http/handler';
import { createOutgoing, type OutgoingWebhookInput } from '../../app/webhooks/outgoing';
import { installIntegrations } from '../../app/integrations/postHooks';

/** POST /hooks/outgoing (201). */
export const createOutgoingWebhook: Handler<'CreateOutgoingWebhook'> = async (ctx) => {
  installIntegrations(ctx.server);
  const hook = await createOutgoing(ctx.server, ctx.session, ctx.body as OutgoingWebhookInput);
  return ctx.json(201, hook);
};
