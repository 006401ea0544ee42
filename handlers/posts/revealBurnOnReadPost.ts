import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getChannelMember } from '../../db/queries/channels';
import { getPostIfAuthorized, requirePostId } from '../../app/posts/access';

/**
 * GET /posts/{post_id}/reveal: reveals a burn-on-read post to a member. Without the licence such
 * posts cannot be created, so a readable post is refused as Mattermost refuses ordinary ones.
 */
export const revealBurnOnReadPost: Handler<'RevealBurnOnReadPost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const { post } = await getPostIfAuthorized(ctx.server, ctx.session, postId);
  if (!(await getChannelMember(ctx.server.db, post.channelId, ctx.session.user_id))) {
    throw new AppError('api.post.reveal_post.user_not_in_channel.app_error', 'You must be a member of the channel to reveal this post.', 403);
  }
  if (post.userId === ctx.session.user_id) {
    throw new AppError('api.post.reveal_post.cannot_reveal_own_post.app_error', 'You cannot reveal your own post.', 400);
  }
  throw new AppError('app.reveal_post.not_burn_on_read.app_error', 'This post is not a burn-on-read post.', 400);
};
