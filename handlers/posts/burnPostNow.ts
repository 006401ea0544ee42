import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getChannelMember } from '../../db/queries/channels';
import { getPostIfAuthorized, requirePostId } from '../../app/posts/access';

/**
 * DELETE /posts/{post_id}/burn: burns a burn-on-read post for the caller. Such posts need an
 * Enterprise Advanced licence to exist, so every readable post a member asks for is refused as
 * not burn-on-read, as Mattermost answers for an ordinary post.
 */
export const burnPostNow: Handler<'BurnPostNow'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const { post } = await getPostIfAuthorized(ctx.server, ctx.session, postId);
  if (!(await getChannelMember(ctx.server.db, post.channelId, ctx.session.user_id))) {
    throw new AppError('api.post.burn_post.user_not_in_channel.app_error', 'You must be a member of the channel to burn this post.', 403);
  }
  throw new AppError('app.burn_post.not_burn_on_read.app_error', 'This post is not a burn-on-read post.', 400);
};
