import type { Handler } from '../../server/http/handler';
import { createPost as create, type CreatePostInput } from '../../app/posts/createPost';
import { setAutomaticStatus, STATUS_ONLINE } from '../../app/status/status';

/**
 * POST /posts (201): the session's user posts in a channel; a retried create with the same
 * pending_post_id answers the post made the first time. Unless set_online=false, the poster
 * then comes online as Mattermost's SetStatusOnline does (never over a status they chose, and
 * with a `status_change` only when the status changes); the `posted` event says which.
 */
export const createPost: Handler<'CreatePost'> = async (ctx) => {
  const input = ctx.body as unknown as CreatePostInput;
  const setOnline = ctx.query.set_online !== false;
  const created = await create(ctx.server, input, {
    userId: ctx.session.user_id,
    session: ctx.session,
    setOnline,
  });
  if (setOnline) await setAutomaticStatus(ctx.server, ctx.session.user_id, STATUS_ONLINE, Date.now());
  return ctx.json(201, created.post);
};
