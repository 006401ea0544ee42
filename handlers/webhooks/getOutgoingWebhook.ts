import type { Handler } from '../../server/http/handler';
import { loadOutgoingWebhook, requireManageOutgoing, toApiOutgoingWebhook } from '../../app/webhooks/outgoing';

export const getOutgoingWebhook: Handler<'GetOutgoingWebhook'> = async (ctx) => {
  const hook = await loadOutgoingWebhook(ctx.server, ctx.params.hook_id);
  await requireManageOutgoing(ctx.server, ctx.session, hook);
  return ctx.json(200, toApiOutgoingWebhook(hook));
};
