import type { Handler } from '../../server/http/handler';
import { deleteDraft as remove } from '../../app/drafts/drafts';

export const deleteDraft: Handler<'DeleteDraft'> = async (ctx) => {
  await remove(ctx.server, ctx.session, ctx.params.channel_id, ctx.params.root_id, ctx.hono.req.header('Connection-Id') ?? '');
  return ctx.json(200, { status: 'OK' });
};
