import type { Handler } from '../../server/http/handler';
import { createIncomingWebhook as create, type IncomingWebhookInput } from '../../app/webhooks/incoming';
import { installIntegrations } from '../../app/integrations/postHooks';

/** POST /hooks/incoming (201): a hook posting into a channel the caller can read. */
export const createIncomingWebhook: Handler<'CreateIncomingWebhook'> = async (ctx) => {
  installIntegrations(ctx.server);
  const hook = await create(ctx.server, ctx.session, ctx.body as IncomingWebhookInput);
  return ctx.json(201, hook);
};
