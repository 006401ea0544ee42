import type { Handler } from '../../server/http/handler';
import { updateIncoming, type IncomingWebhookInput } from '../../app/webhooks/incoming';

/** PUT /hooks/incoming/{hook_id}: Mattermost answers 201 here. */
export const updateIncomingWebhook: Handler<'UpdateIncomingWebhook'> = async (ctx) => {
  const hook = await updateIncoming(ctx.server, ctx.session, ctx.params.hook_id, ctx.body as IncomingWebhookInput);
  return ctx.json(201 as never, hook as never);
};
