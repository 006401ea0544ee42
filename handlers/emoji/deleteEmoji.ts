import type { Handler } from '../../server/http/handler';
import { deleteEmoji as remove } from '../../app/emoji/emoji';

export const deleteEmoji: Handler<'DeleteEmoji'> = async (ctx) => {
  await remove(ctx.server, ctx.session, ctx.params.emoji_id);
  return ctx.json(200, { status: 'OK' } as never);
};
