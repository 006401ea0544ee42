import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM, READ_DELETED_POSTS } from '../../server/permissions/permissionIds';
import { loadChannel, paging, requireChannelId } from '../../app/channels/access';
import { requireChannelContentRead } from '../../app/posts/access';
import { addCursorIds, getPostsAroundPost, getPostsPage, getPostsSince, toApiPostList, type ListOptions } from '../../app/posts/postList';

/**
 * GET /channels/{channel_id}/posts: a page (page/per_page), the posts after or before a post
 * (after/before), or the changes since a time (since); include_deleted for system admins;
 * skipFetchThreads / collapsedThreads / collapsedThreadsExtended as the clients send them.
 */
export const getPostsForChannel: Handler<'GetPostsForChannel'> = async (ctx) => {
  const channelId = requireChannelId(ctx.params.channel_id);
  const q = ctx.query;
  const after = q.after ?? '';
  if (after !== '' && !isValidId(after)) throw Errors.invalidUrlParam('after');
  const before = q.before ?? '';
  if (before !== '' && !isValidId(before)) throw Errors.invalidUrlParam('before');
  const since = q.since ?? 0;
  const includeDeleted = q.include_deleted === true;
  if (includeDeleted && !hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM)) throw Errors.permission(READ_DELETED_POSTS);
  const channel = await loadChannel(ctx.server, channelId);
  await requireChannelContentRead(ctx.server, ctx.session, channel);

  const { page, perPage } = paging({ page: q.page, per_page: q.per_page });
  const opts: ListOptions = {
    viewerId: ctx.session.user_id,
    skipFetchThreads: q.skipFetchThreads === true,
    collapsedThreads: q.collapsedThreads === true,
    collapsedThreadsExtended: q.collapsedThreadsExtended === true,
    includeDeleted,
  };
  const db = ctx.server.db;
  let list;
  if (since > 0) list = await getPostsSince(db, channelId, since, opts);
  else if (after) list = await getPostsAroundPost(db, channelId, after, false, page, perPage, opts);
  else if (before) list = await getPostsAroundPost(db, channelId, before, true, page, perPage, opts);
  else list = await getPostsPage(db, channelId, page, perPage, opts);
  const cursors = addCursorIds(db, list, { afterPost: after, beforePost: before, since, page, perPage, collapsed: opts.collapsedThreads });
  return ctx.json(200, await toApiPostList(db, ctx.server.config.get(), list, opts, cursors));
};
