import type { Handler } from '../../server/http/handler';
import { deleteOutgoing, loadOutgoingWebhook, requireManageOutgoing } from '../../app/webhooks/outgoing';

export const deleteOutgoingWebhook: Handler<'DeleteOutgoingWebhook'> = async (ctx) => {
  const hook = await loadOutgoingWebhook(ctx.server, ctx.params.hook_id);
  await requireManageOutgoing(ctx.server, ctx.session, hook);
  await deleteOutgoing(ctx.server, hook);
  return ctx.json(200, { status: 'OK' });
};
