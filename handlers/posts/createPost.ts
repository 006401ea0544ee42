import type { Handler } from '../../server/http/handler';
import { createPost as create, type CreatePostInput } from '../../app/posts/createPost';

/**
 * POST /posts (201): the session's user posts in a channel; a retried create with the same
 * pending_post_id answers the post made the first time. set_online=false keeps the poster's
 * status as it is (the `posted` event says so).
 */
export const createPost: Handler<'CreatePost'> = async (ctx) => {
  const input = ctx.body as unknown as CreatePostInput;
  const created = await create(ctx.server, input, {
    userId: ctx.session.user_id,
    session: ctx.session,
    setOnline: ctx.query.set_online !== false,
  });
  return ctx.json(201, created.post);
};
