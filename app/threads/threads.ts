/**
 * Collapsed reply threads a user follows (Mattermost's getThreadsForUser and friends in
 * api4/user.go, app/user.go, store/sqlstore/thread_store.go): lists with totals, one thread,
 * follow / unfollow, read state. The thread and membership rows themselves are kept by
 * app/posts when replies are created; here they are read and the user's state is changed.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import type { ChannelRow, PostRow, UserRow } from '../../db/schema';
import {
  countRepliesAfter,
  countThreads,
  countUnreadThreads,
  getUserThreadRow,
  isChannelMember,
  listUserThreads,
  markTeamThreadsRead,
  setThreadRead,
  sumUnreadMentions,
  type UserThreadRow,
} from '../../db/queries/threads';
import { getPostById, getThread, getThreadMembership, getThreadReplies } from '../../db/queries/posts';
import { getChannelById } from '../../db/queries/channels';
import { getUserById, getUsersByIds } from '../../db/queries/users';
import { sessionHasPermissionToUser } from '../channels/access';
import { preparePostsForClient } from '../posts/metadata';
import { maintainThreadMembership } from '../posts/threadFollow';
import { addUserKeywords, explicitMentions, type MentionKeywords } from '../posts/mentions';
import type { ApiPost } from '../posts/serialize';
import { toApiUser } from '../users/serialize';
import { requirePermissionToChannelByPost } from '../reactions/access';
import { AppError, Errors } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { EDIT_OTHER_USERS, READ_CHANNEL } from '../../server/permissions/permissionIds';

export interface ApiThread {
  id: string;
  reply_count: number;
  last_reply_at: number;
  last_viewed_at: number;
  participants: Array<{ id: string; [k: string]: unknown }>;
  post: ApiPost | null;
  unread_replies: number;
  unread_mentions: number;
  is_urgent: boolean;
  delete_at: number;
}

export interface ApiThreads {
  total: number;
  total_unread_threads: number;
  total_unread_mentions: number;
  total_unread_urgent_mentions: number;
  threads: ApiThread[];
}

export async function requirePermissionToUser(server: ServerContext, session: Session, userId: string): Promise<void> {
  if (!(await sessionHasPermissionToUser(server, session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
}

function membershipNotFound(): AppError {
  return new AppError('app.user.get_thread_membership_for_user.not_found', 'Unable to get the thread membership.', 404);
}

function threadNotFound(): AppError {
  return new AppError('app.user.get_threads_for_user.not_found', 'User thread membership does not exist.', 404, 'thread not found/followed');
}

/** Turns thread rows into Mattermost's ThreadResponse, participants as users when `extended`. */
async function toApiThreads(server: ServerContext, viewerId: string, rows: UserThreadRow[], extended: boolean): Promise<ApiThread[]> {
  const config = server.config.get();
  const postRows = rows.map((r) => r.post).filter((p): p is PostRow => p !== null);
  const prepared = await preparePostsForClient(server.db, config, postRows, { viewerId });
  const postById = new Map(prepared.map((p) => [p.id, p]));
  let users = new Map<string, UserRow>();
  if (extended) {
    const ids = [...new Set(rows.flatMap((r) => r.thread.participants))];
    users = new Map((await getUsersByIds(server.db, ids)).map((u) => [u.id, u]));
  }
  return rows.map((r) => ({
    id: r.thread.postId,
    reply_count: r.thread.replyCount,
    last_reply_at: r.thread.lastReplyAt,
    last_viewed_at: r.membership.lastViewed,
    participants: r.thread.participants.flatMap((id) => {
      if (!extended) return [{ id }];
      const user = users.get(id);
      return user ? [toApiUser(user, 'other', config) as unknown as { id: string }] : [];
    }),
    post: postById.get(r.thread.postId) ?? null,
    unread_replies: r.unreadReplies,
    unread_mentions: r.membership.unreadMentions,
    is_urgent: false,
    delete_at: r.thread.threadDeleteAt,
  }));
}

export interface ThreadsQuery {
  since: number;
  deleted: boolean;
  extended: boolean;
  unread: boolean;
  totalsOnly: boolean;
  threadsOnly: boolean;
  before: string;
  after: string;
  pageSize: number;
}

/** GET /users/{user_id}/teams/{team_id}/threads. */
export async function getThreadsForUser(server: ServerContext, session: Session, userId: string, teamId: string, q: ThreadsQuery): Promise<ApiThreads> {
  await requirePermissionToUser(server, session, userId);
  if (q.before && q.after) {
    throw new AppError('api.getThreadsForUser.bad_params', 'Before and After parameters to getThreadsForUser are mutually exclusive', 400);
  }
  if (q.totalsOnly && q.threadsOnly) {
    throw new AppError('api.getThreadsForUser.bad_only_params', 'OnlyThreads and OnlyTotals parameters to getThreadsForUser are mutually exclusive', 400);
  }
  const scope = { userId, teamId, deleted: q.deleted };
  const result: ApiThreads = { total: 0, total_unread_threads: 0, total_unread_mentions: 0, total_unread_urgent_mentions: 0, threads: [] };
  if (!q.threadsOnly) {
    result.total_unread_threads = await countUnreadThreads(server.db, scope);
    result.total = q.unread ? result.total_unread_threads : await countThreads(server.db, scope);
    result.total_unread_mentions = await sumUnreadMentions(server.db, scope);
  }
  if (!q.totalsOnly) {
    const rows = await listUserThreads(server.db, {
      ...scope,
      since: q.since,
      unread: q.unread,
      before: q.before,
      after: q.after,
      limit: q.pageSize > 0 ? q.pageSize : 30,
    });
    result.threads = await toApiThreads(server, userId, rows, q.extended);
  }
  return result;
}

/** The user's membership row of a thread they may still see (their channel), else 404. */
async function loadMembershipRow(server: ServerContext, userId: string, threadId: string): Promise<UserThreadRow> {
  const row = await getUserThreadRow(server.db, userId, threadId);
  if (!row || !(await isChannelMember(server.db, row.thread.channelId, userId))) throw membershipNotFound();
  return row;
}

/** The thread as `userId` sees it (participants as users when `extended`), if they have a membership of it. */
export async function threadForUser(server: ServerContext, userId: string, threadId: string, extended: boolean): Promise<ApiThread | undefined> {
  const row = await getUserThreadRow(server.db, userId, threadId);
  if (!row) return undefined;
  const [thread] = await toApiThreads(server, userId, [row], extended);
  return thread;
}

/** GET /users/{user_id}/teams/{team_id}/threads/{thread_id}. */
export async function getThreadForUser(server: ServerContext, session: Session, userId: string, threadId: string, extended: boolean): Promise<ApiThread> {
  await requirePermissionToUser(server, session, userId);
  const row = await loadMembershipRow(server, userId, threadId);
  if (!row.membership.following) throw threadNotFound();
  const [thread] = await toApiThreads(server, userId, [row], extended);
  return thread;
}

function publishToUser(server: ServerContext, event: string, userId: string, teamId: string, data: Record<string, unknown>): void {
  server.events.publish({ event, data, broadcast: { user_id: userId, team_id: teamId } });
}

/** PUT / DELETE /users/{user_id}/teams/{team_id}/threads/{thread_id}/following. */
export async function setThreadFollowing(
  server: ServerContext,
  session: Session,
  userId: string,
  teamId: string,
  threadId: string,
  following: boolean,
): Promise<void> {
  await requirePermissionToUser(server, session, userId);
  if (following) await requirePermissionToChannelByPost(server, session, threadId, READ_CHANNEL);
  const post = await getPostById(server.db, threadId, { includeDeleted: true });
  if (post) {
    await server.db.transaction((tx) =>
      maintainThreadMembership(tx, userId, threadId, { following, updateFollowing: true, incrementMentions: false, updateViewed: following, at: nowMillis() }),
    );
  }
  const thread = post ? await getThread(server.db, threadId) : undefined;
  publishToUser(server, 'thread_follow_changed', userId, teamId, { thread_id: threadId, state: following, reply_count: thread?.replyCount ?? 0 });
}

/** Mattermost's GetOtherUserIdForDM: the other member of a direct channel ('' for group channels). */
function otherUserOfDirect(channel: ChannelRow, userId: string): string {
  if (channel.type !== 'D') return '';
  const [a, b] = channel.name.split('__');
  return a === userId ? (b ?? '') : a;
}

/** Mattermost's countThreadMentions: replies since `timestamp` that mention the user. */
async function countThreadMentions(server: ServerContext, user: UserRow, root: PostRow, channel: ChannelRow, timestamp: number): Promise<number> {
  const replies = await getThreadReplies(server.db, root.id, timestamp);
  if (channel.type === 'D' || channel.type === 'G') {
    const other = otherUserOfDirect(channel, user.id);
    return replies.filter((p) => p.userId === other).length;
  }
  const keywords: MentionKeywords = new Map();
  addUserKeywords(keywords, user, {}, true, true);
  return replies.filter((p) => explicitMentions(p.message, p.props ?? {}, keywords).mentions.has(user.id)).length;
}

/** Marks the thread read up to `timestamp` (what the read and set_unread endpoints share). */
async function updateThreadRead(server: ServerContext, userId: string, teamId: string, threadId: string, timestamp: number): Promise<ApiThread> {
  const user = await getUserById(server.db, userId);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const membership = await getThreadMembership(server.db, threadId, userId);
  if (!membership) throw membershipNotFound();
  const root = await getPostById(server.db, threadId);
  if (!root) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
  const channel = await getChannelById(server.db, root.channelId);
  if (!channel || !(await isChannelMember(server.db, channel.id, userId))) throw membershipNotFound();

  const previousUnreadMentions = membership.unreadMentions;
  const previousUnreadReplies = await countRepliesAfter(server.db, threadId, membership.lastViewed);
  const unreadMentions = await countThreadMentions(server, user, root, channel, timestamp);
  await setThreadRead(server.db, userId, threadId, timestamp, unreadMentions, nowMillis());

  const row = await getUserThreadRow(server.db, userId, threadId);
  if (!row || !row.membership.following) throw threadNotFound();
  const [thread] = await toApiThreads(server, userId, [row], false);
  publishToUser(server, 'thread_read_changed', userId, teamId, {
    thread_id: threadId,
    timestamp,
    unread_mentions: unreadMentions,
    unread_replies: thread.unread_replies,
    previous_unread_mentions: previousUnreadMentions,
    previous_unread_replies: previousUnreadReplies,
    channel_id: root.channelId,
  });
  return thread;
}

/** PUT /users/{user_id}/teams/{team_id}/threads/{thread_id}/read/{timestamp}. */
export async function updateThreadReadForUser(
  server: ServerContext,
  session: Session,
  userId: string,
  teamId: string,
  threadId: string,
  timestamp: number,
): Promise<ApiThread> {
  await requirePermissionToUser(server, session, userId);
  return updateThreadRead(server, userId, teamId, threadId, timestamp);
}

/** POST /users/{user_id}/teams/{team_id}/threads/{thread_id}/set_unread/{post_id}: unread from that post on. */
export async function setThreadUnreadByPost(
  server: ServerContext,
  session: Session,
  userId: string,
  teamId: string,
  threadId: string,
  postId: string,
): Promise<ApiThread> {
  await requirePermissionToUser(server, session, userId);
  await requirePermissionToChannelByPost(server, session, threadId, READ_CHANNEL);
  const post = await getPostById(server.db, postId);
  if (!post) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
  if (post.rootId !== threadId && postId !== threadId) {
    throw new AppError('app.user.update_thread_read_for_user_by_post.app_error', 'Unable to update the thread read state: the post is not in the thread.', 400);
  }
  return updateThreadRead(server, userId, teamId, threadId, post.createAt - 1);
}

/** PUT /users/{user_id}/teams/{team_id}/threads/read: every thread of the team read now. */
export async function updateThreadsReadForUser(server: ServerContext, session: Session, userId: string, teamId: string): Promise<void> {
  await requirePermissionToUser(server, session, userId);
  await markTeamThreadsRead(server.db, userId, teamId, nowMillis());
  publishToUser(server, 'thread_read_changed', userId, teamId, {});
}
