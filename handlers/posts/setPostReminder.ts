import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { EDIT_OTHER_USERS, READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { sessionHasPermissionToUser } from '../../app/channels/access';
import { hasPermissionByPost, requirePostId } from '../../app/posts/access';
import { setPostReminder as storeReminder } from '../../app/posts/reminders';
import { resolveUserId } from '../params';

/**
 * POST /users/{user_id}/posts/{post_id}/reminder {target_time}: remind the user of the post at
 * target_time (Unix seconds). The user themself, or whoever may edit them; the post must be
 * readable by the caller. The user gets an ephemeral confirmation.
 */
export const setPostReminder: Handler<'SetPostReminder'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (ctx.session.user_id !== userId && !(await sessionHasPermissionToUser(ctx.server, ctx.session, userId))) {
    throw Errors.permission(EDIT_OTHER_USERS);
  }
  if (!(await hasPermissionByPost(ctx.server, ctx.session, postId, READ_CHANNEL_CONTENT))) throw Errors.permission(READ_CHANNEL_CONTENT);
  const targetTime = (ctx.body as { target_time?: unknown } | undefined)?.target_time;
  if (typeof targetTime !== 'number' || !Number.isSafeInteger(targetTime)) throw Errors.invalidBodyParam('target_time');
  await storeReminder(ctx.server, postId, userId, targetTime);
  return ctx.json(200, { status: 'OK' });
};
