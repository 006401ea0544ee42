import type { Handler } from '../../server/http/handler';
import { updateOutgoing, type OutgoingWebhookInput } from '../../app/webhooks/outgoing';

export const updateOutgoingWebhook: Handler<'UpdateOutgoingWebhook'> = async (ctx) => {
  const hook = await updateOutgoing(ctx.server, ctx.session, ctx.params.hook_id, ctx.body as OutgoingWebhookInput);
  return ctx.json(200, hook);
};
