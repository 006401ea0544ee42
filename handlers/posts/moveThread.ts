import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requirePostId } from '../../app/posts/access';

/** POST /posts/{post_id}/move: moving threads needs a licence; Team Edition answers 501. */
export const moveThread: Handler<'MoveThread'> = (ctx) => {
  requirePostId(ctx.params.post_id);
  throw new AppError('api.post.move_thread.disabled.app_error', 'Moving threads is disabled.', 501);
};
