import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission, hasSystemPermission } from '../../server/permissions/authorization';
import { DELETE_OTHERS_POSTS, DELETE_POST } from '../../server/permissions/permissionIds';
import { getChannelById } from '../../db/queries/channels';
import { loadPost, requirePostId } from '../../app/posts/access';
import { deletePost as remove } from '../../app/posts/deletePost';

/** DELETE /posts/{post_id}: delete_post for one's own post, delete_others_posts for another's (soft delete). */
export const deletePost: Handler<'DeletePost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const post = await loadPost(ctx.server, postId);
  const permission = ctx.session.user_id === post.userId ? DELETE_POST : DELETE_OTHERS_POSTS;
  const channel = await getChannelById(ctx.server.db, post.channelId);
  const allowed = channel ? await hasChannelPermission(ctx.server, ctx.session, channel, permission) : hasSystemPermission(ctx.server, ctx.session, permission);
  if (!allowed) throw Errors.permission(permission);
  await remove(ctx.server, post, ctx.session.user_id);
  return ctx.json(200, { status: 'OK' });
};
