import type { Handler } from '../../server/http/handler';
import { deleteReaction as remove, isValidEmojiName } from '../../app/reactions/reactions';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { resolveUserId } from '../params';

export const deleteReaction: Handler<'DeleteReaction'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!isValidId(ctx.params.post_id)) throw Errors.invalidUrlParam('post_id');
  if (!isValidEmojiName(ctx.params.emoji_name)) throw Errors.invalidUrlParam('emoji_name');
  await remove(ctx.server, ctx.session, userId, ctx.params.post_id, ctx.params.emoji_name);
  return ctx.json(200, { status: 'OK' });
};
