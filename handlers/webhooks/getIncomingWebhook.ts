import type { Handler } from '../../server/http/handler';
import { loadIncomingWebhook, requireManageIncoming, toApiIncomingWebhook } from '../../app/webhooks/incoming';

export const getIncomingWebhook: Handler<'GetIncomingWebhook'> = async (ctx) => {
  const hook = await loadIncomingWebhook(ctx.server, ctx.params.hook_id);
  await requireManageIncoming(ctx.server, ctx.session, hook);
  return ctx.json(200, toApiIncomingWebhook(hook));
};
