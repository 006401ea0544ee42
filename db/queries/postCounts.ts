/**
 * The counters posts move: the channel's clock (the `update_at` each post write takes), its
 * message totals and last post times, and the members' read state and mention counts.
 * SQL only; the callers (app/posts) decide when.
 */
import { and, eq, gt, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, channels, posts, type ChannelMemberRow, type ChannelRow } from '../schema';

/** The post types that never count as messages (Mattermost's Post.IsJoinLeaveMessage). */
export const JOIN_LEAVE_TYPES = [
  'system_join_leave',
  'system_add_remove',
  'system_join_channel',
  'system_leave_channel',
  'system_join_team',
  'system_leave_team',
  'system_add_to_channel',
  'system_remove_from_channel',
  'system_add_to_team',
  'system_remove_from_team',
] as const;

export function isJoinLeaveType(type: string): boolean {
  return (JOIN_LEAVE_TYPES as readonly string[]).includes(type);
}

/**
 * Locks the channel row for the rest of the transaction (SELECT ... FOR UPDATE) and returns it
 * with the newest `update_at` any post of the channel carries. Every post write in a channel
 * takes this lock first, so writers of one channel are serialised and each one sees every
 * earlier writer's rows committed.
 */
export async function lockChannelRow(tx: DbOrTx, channelId: string): Promise<{ channel: ChannelRow; lastUpdateAt: number } | undefined> {
  const [channel] = await tx.select().from(channels).where(eq(channels.id, channelId)).for('update');
  if (!channel) return undefined;
  const [row] = await tx
    .select({ last: sql<string | number | null>`max(${posts.updateAt})` })
    .from(posts)
    .where(eq(posts.channelId, channelId));
  return { channel, lastUpdateAt: Number(row?.last ?? 0) };
}

/** Adds a new post to the channel's totals and last post times (join/leave posts move only the times). */
export async function countNewPost(
  tx: DbOrTx,
  channelId: string,
  post: { createAt: number; isRoot: boolean; counts: boolean },
): Promise<ChannelRow> {
  const inc = post.counts ? 1 : 0;
  const rootInc = post.counts && post.isRoot ? 1 : 0;
  const [row] = await tx
    .update(channels)
    .set({
      totalMsgCount: sql`${channels.totalMsgCount} + ${inc}`,
      totalMsgCountRoot: sql`${channels.totalMsgCountRoot} + ${rootInc}`,
      lastPostAt: sql`greatest(${channels.lastPostAt}, ${post.createAt})`,
      lastRootPostAt: post.isRoot ? sql`greatest(${channels.lastRootPostAt}, ${post.createAt})` : channels.lastRootPostAt,
    })
    .where(eq(channels.id, channelId))
    .returning();
  return row;
}

/** An edit moves the channel's last post time forward to the edit time (Mattermost's PostStore.Update). */
export async function touchChannelLastPostAt(tx: DbOrTx, channelId: string, at: number): Promise<void> {
  await tx
    .update(channels)
    .set({ lastPostAt: at })
    .where(and(eq(channels.id, channelId), sql`${channels.lastPostAt} < ${at}`));
}

/** Mattermost's IncrementMentionCount: one more mention for each of the users (members only). */
export async function incrementMentionCounts(
  tx: DbOrTx,
  channelId: string,
  userIds: string[],
  opts: { isRoot: boolean; isUrgent: boolean; at: number },
): Promise<void> {
  if (userIds.length === 0) return;
  await tx
    .update(channelMembers)
    .set({
      mentionCount: sql`${channelMembers.mentionCount} + 1`,
      mentionCountRoot: sql`${channelMembers.mentionCountRoot} + ${opts.isRoot ? 1 : 0}`,
      urgentMentionCount: sql`${channelMembers.urgentMentionCount} + ${opts.isUrgent ? 1 : 0}`,
      lastUpdateAt: opts.at,
    })
    .where(and(eq(channelMembers.channelId, channelId), inArray(channelMembers.userId, userIds)));
}

/**
 * The poster has read their own channel (Mattermost's MarkChannelsAsViewed after a post): counts
 * caught up with the channel's totals, mentions cleared, last_viewed_at moved to the last post.
 * Only a membership with something unread is written; returns it when it was.
 */
export async function markMemberCaughtUp(tx: DbOrTx, channel: ChannelRow, userId: string, at: number): Promise<ChannelMemberRow | undefined> {
  const [row] = await tx
    .update(channelMembers)
    .set({
      msgCount: sql`greatest(${channelMembers.msgCount}, ${channel.totalMsgCount})`,
      msgCountRoot: sql`greatest(${channelMembers.msgCountRoot}, ${channel.totalMsgCountRoot})`,
      mentionCount: 0,
      mentionCountRoot: 0,
      urgentMentionCount: 0,
      lastViewedAt: sql`greatest(${channelMembers.lastViewedAt}, ${channel.lastPostAt})`,
      lastUpdateAt: at,
    })
    .where(
      and(
        eq(channelMembers.channelId, channel.id),
        eq(channelMembers.userId, userId),
        sql`(${channelMembers.msgCount} < ${channel.totalMsgCount} or ${channelMembers.msgCountRoot} < ${channel.totalMsgCountRoot}
          or ${channelMembers.mentionCount} > 0 or ${channelMembers.mentionCountRoot} > 0 or ${channelMembers.urgentMentionCount} > 0)`,
      ),
    )
    .returning();
  return row;
}

/**
 * Mattermost's CountPostsAfter: the channel's live posts created after `time` (join/leave posts
 * excluded), all and roots only, optionally by one user.
 */
export async function countPostsAfter(db: DbOrTx, channelId: string, time: number, userId?: string): Promise<{ all: number; roots: number }> {
  const conditions = [
    eq(posts.channelId, channelId),
    gt(posts.createAt, time),
    notInArray(posts.type, [...JOIN_LEAVE_TYPES]),
    eq(posts.deleteAt, 0),
    eq(posts.originalId, ''),
  ];
  if (userId) conditions.push(eq(posts.userId, userId));
  const [row] = await db
    .select({
      all: sql<string | number>`count(*)`,
      roots: sql<string | number>`count(*) filter (where ${posts.rootId} = '')`,
    })
    .from(posts)
    .where(and(...conditions));
  return { all: Number(row?.all ?? 0), roots: Number(row?.roots ?? 0) };
}

/**
 * Mattermost's UpdateLastViewedAtPost: the member reads the channel up to just before the post,
 * with the unread counts and mention counts given. Returns the member, or undefined when the
 * user does not belong to the channel.
 */
export async function setMemberUnreadFrom(
  tx: DbOrTx,
  channel: Pick<ChannelRow, 'id' | 'totalMsgCount' | 'totalMsgCountRoot'>,
  userId: string,
  state: { lastViewedAt: number; unread: number; unreadRoot: number; mentions: number; mentionsRoot: number; urgent: number; at: number },
): Promise<ChannelMemberRow | undefined> {
  const [row] = await tx
    .update(channelMembers)
    .set({
      mentionCount: state.mentions,
      mentionCountRoot: state.mentionsRoot,
      urgentMentionCount: state.urgent,
      msgCount: Math.max(0, channel.totalMsgCount - state.unread),
      msgCountRoot: Math.max(0, channel.totalMsgCountRoot - state.unreadRoot),
      lastViewedAt: state.lastViewedAt,
      lastUpdateAt: state.at,
    })
    .where(and(eq(channelMembers.channelId, channel.id), eq(channelMembers.userId, userId)))
    .returning();
  return row;
}
