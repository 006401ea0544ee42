import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { EDIT_OTHER_USERS } from '../../server/permissions/permissionIds';
import { getChannelMember } from '../../db/queries/channels';
import { loadChannel, requireChannelId, sessionHasPermissionToUser } from '../../app/channels/access';
import { requireChannelContentRead } from '../../app/posts/access';
import { getPostsAroundLastUnread as around, getPostsPage, setCursorsFromEnds, toApiPostList } from '../../app/posts/postList';
import { resolveUserId } from '../params';

/** Mattermost's limit_before / limit_after: absent or negative is 60, at most 200. */
function limit(value: number | undefined): number {
  if (value === undefined || !Number.isInteger(value) || value < 0) return 60;
  return Math.min(value, 200);
}

/**
 * GET /users/{user_id}/channels/{channel_id}/posts/unread: the posts around the member's first
 * unread post (limit_before before it, limit_after from it on); when nothing is unread, the
 * newest limit_before posts.
 */
export const getPostsAroundLastUnread: Handler<'GetPostsAroundLastUnread'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const channelId = requireChannelId(ctx.params.channel_id);
  if (!(await sessionHasPermissionToUser(ctx.server, ctx.session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
  const channel = await loadChannel(ctx.server, channelId);
  await requireChannelContentRead(ctx.server, ctx.session, channel);
  const limitBefore = limit(ctx.query.limit_before);
  const limitAfter = limit(ctx.query.limit_after);
  if (limitAfter === 0) throw Errors.invalidUrlParam('limit_after');
  const opts = {
    viewerId: ctx.session.user_id,
    skipFetchThreads: ctx.query.skipFetchThreads === true,
    collapsedThreads: ctx.query.collapsedThreads === true,
    collapsedThreadsExtended: ctx.query.collapsedThreadsExtended === true,
    includeDeleted: false,
  };
  const member = await getChannelMember(ctx.server.db, channelId, userId);
  if (!member) throw new AppError('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.', 404);
  let list = await around(ctx.server.db, channelId, member.lastViewedAt, limitBefore, limitAfter, opts);
  if (list.order.length === 0) {
    list = await getPostsPage(ctx.server.db, channelId, 0, limitBefore, opts);
    await setCursorsFromEnds(ctx.server.db, list, opts.collapsedThreads);
  }
  return ctx.json(200, await toApiPostList(ctx.server.db, ctx.server.config.get(), list, opts));
};
