import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { EDIT_OTHER_USERS, READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { sessionHasPermissionToUser } from '../../app/channels/access';
import { hasPermissionByPost, requirePostId } from '../../app/posts/access';
import { markChannelUnreadFromPost } from '../../app/posts/unread';
import { resolveUserId } from '../params';

/**
 * POST /users/{user_id}/posts/{post_id}/set_unread {collapsed_threads_supported}: the channel is
 * unread again from this post for the user; answers the member's new counts (ChannelUnreadAt)
 * and sends them `post_unread`.
 */
export const setPostUnread: Handler<'SetPostUnread'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const body = (ctx.body ?? {}) as { collapsed_threads_supported?: boolean };
  if (ctx.session.user_id !== userId && !(await sessionHasPermissionToUser(ctx.server, ctx.session, userId))) {
    throw Errors.permission(EDIT_OTHER_USERS);
  }
  if (!(await hasPermissionByPost(ctx.server, ctx.session, postId, READ_CHANNEL_CONTENT))) throw Errors.permission(READ_CHANNEL_CONTENT);
  const state = await markChannelUnreadFromPost(ctx.server, postId, userId, body.collapsed_threads_supported === true);
  return ctx.json(200, state);
};
