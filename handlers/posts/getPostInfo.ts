import type { Handler } from '../../server/http/handler';
import { requirePostId } from '../../app/posts/access';
import { getPostInfo as info } from '../../app/posts/info';

/** GET /posts/{post_id}/info: where a permalinked post lives and whether the caller has joined it. */
export const getPostInfo: Handler<'GetPostInfo'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  return ctx.json(200, await info(ctx.server, ctx.session, postId));
};
