import type { Handler } from '../../server/http/handler';
import { deleteIncoming, loadIncomingWebhook, requireManageIncoming } from '../../app/webhooks/incoming';

export const deleteIncomingWebhook: Handler<'DeleteIncomingWebhook'> = async (ctx) => {
  const hook = await loadIncomingWebhook(ctx.server, ctx.params.hook_id);
  await requireManageIncoming(ctx.server, ctx.session, hook);
  await deleteIncoming(ctx.server, hook);
  return ctx.json(200, { status: 'OK' });
};
