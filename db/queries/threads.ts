/**
 * Followed threads (collapsed reply threads) as a user sees them: the lists, totals and read
 * state behind /users/{user_id}/teams/{team_id}/threads. SQL only; app/threads decides who may
 * ask and what events follow. A thread counts for a team when it lives in one of the team's
 * channels or in a direct / group message, and only while the user still belongs to its
 * channel (Mattermost drops thread memberships when a user leaves a channel).
 */
import { and, asc, desc, eq, gte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, posts, threadMemberships, threads, type PostRow, type ThreadMembershipRow, type ThreadRow } from '../schema';

export interface ThreadScope {
  userId: string;
  teamId: string;
  /** Threads whose root was deleted too. */
  deleted: boolean;
}

function scopeConditions(s: ThreadScope): SQL[] {
  const conditions: SQL[] = [
    eq(threadMemberships.userId, s.userId),
    eq(threadMemberships.following, true),
    sql`exists (select 1 from ${channelMembers} where ${channelMembers.channelId} = ${threads.channelId} and ${channelMembers.userId} = ${s.userId})`,
  ];
  if (s.teamId) conditions.push(or(eq(threads.teamId, s.teamId), eq(threads.teamId, ''))!);
  if (!s.deleted) conditions.push(eq(threads.threadDeleteAt, 0));
  return conditions;
}

async function countWhere(db: DbOrTx, conditions: SQL[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<string | number>`count(*)` })
    .from(threadMemberships)
    .innerJoin(threads, eq(threads.postId, threadMemberships.postId))
    .where(and(...conditions));
  return Number(row?.n ?? 0);
}

/** Followed threads in scope. */
export async function countThreads(db: DbOrTx, s: ThreadScope): Promise<number> {
  return countWhere(db, scopeConditions(s));
}

/** Followed threads in scope with replies after the user last viewed them. */
export async function countUnreadThreads(db: DbOrTx, s: ThreadScope): Promise<number> {
  return countWhere(db, [...scopeConditions(s), sql`${threadMemberships.lastViewed} < ${threads.lastReplyAt}`]);
}

/** Unread mentions summed over the followed threads in scope. */
export async function sumUnreadMentions(db: DbOrTx, s: ThreadScope): Promise<number> {
  const [row] = await db
    .select({ n: sql<string | number>`coalesce(sum(${threadMemberships.unreadMentions}), 0)` })
    .from(threadMemberships)
    .innerJoin(threads, eq(threads.postId, threadMemberships.postId))
    .where(and(...scopeConditions(s)));
  return Number(row?.n ?? 0);
}

export interface UserThreadRow {
  thread: ThreadRow;
  membership: ThreadMembershipRow;
  post: PostRow | null;
  unreadReplies: number;
}

function unreadRepliesExpr(deleted: boolean): SQL<string | number> {
  const alive = deleted ? sql`` : sql` and p.delete_at = 0`;
  return sql<string | number>`(select count(*) from posts p where p.root_id = ${threadMemberships.postId} and p.original_id = '' and p.create_at > ${threadMemberships.lastViewed}${alive})`;
}

export interface ThreadListOptions extends ThreadScope {
  since: number;
  unread: boolean;
  before: string;
  after: string;
  limit: number;
}

/**
 * A page of the user's followed threads, most recent reply first; `after` pages the other
 * way (oldest first), `before` / `after` name a thread whose last reply is the cursor.
 */
export async function listUserThreads(db: DbOrTx, o: ThreadListOptions): Promise<UserThreadRow[]> {
  const conditions = scopeConditions(o);
  if (o.since > 0) conditions.push(or(gte(threadMemberships.lastUpdated, o.since), gte(threads.lastReplyAt, o.since))!);
  if (o.unread) conditions.push(sql`${threadMemberships.lastViewed} < ${threads.lastReplyAt}`);
  if (o.before) conditions.push(sql`${threads.lastReplyAt} < (select t2.last_reply_at from threads t2 where t2.post_id = ${o.before})`);
  if (o.after) conditions.push(sql`${threads.lastReplyAt} > (select t2.last_reply_at from threads t2 where t2.post_id = ${o.after})`);
  const rows = await db
    .select({ thread: threads, membership: threadMemberships, post: posts, unreadReplies: unreadRepliesExpr(o.deleted) })
    .from(threads)
    .innerJoin(threadMemberships, eq(threadMemberships.postId, threads.postId))
    .leftJoin(posts, eq(posts.id, threads.postId))
    .where(and(...conditions))
    .orderBy(o.after ? asc(threads.lastReplyAt) : desc(threads.lastReplyAt), o.after ? asc(threads.postId) : desc(threads.postId))
    .limit(o.limit);
  return rows.map((r) => ({ ...r, unreadReplies: Number(r.unreadReplies) }));
}

/** One thread with the user's membership (any following state), and its root post. */
export async function getUserThreadRow(db: DbOrTx, userId: string, postId: string): Promise<UserThreadRow | undefined> {
  const [row] = await db
    .select({ thread: threads, membership: threadMemberships, post: posts, unreadReplies: unreadRepliesExpr(false) })
    .from(threads)
    .innerJoin(threadMemberships, and(eq(threadMemberships.postId, threads.postId), eq(threadMemberships.userId, userId)))
    .leftJoin(posts, eq(posts.id, threads.postId))
    .where(eq(threads.postId, postId))
    .limit(1);
  return row ? { ...row, unreadReplies: Number(row.unreadReplies) } : undefined;
}

/** Replies of a thread created after `time` and not deleted (unread replies before a read). */
export async function countRepliesAfter(db: DbOrTx, rootId: string, time: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<string | number>`count(*)` })
    .from(posts)
    .where(and(eq(posts.rootId, rootId), eq(posts.originalId, ''), eq(posts.deleteAt, 0), sql`${posts.createAt} > ${time}`));
  return Number(row?.n ?? 0);
}

/** Sets where the user has read the thread up to, and its unread mentions. */
export async function setThreadRead(db: DbOrTx, userId: string, postId: string, lastViewed: number, unreadMentions: number, at: number): Promise<void> {
  await db
    .update(threadMemberships)
    .set({ lastViewed, unreadMentions, lastUpdated: at })
    .where(and(eq(threadMemberships.userId, userId), eq(threadMemberships.postId, postId)));
}

/** Marks every thread of the team (and of direct / group messages) read for the user, now. */
export async function markTeamThreadsRead(db: DbOrTx, userId: string, teamId: string, at: number): Promise<void> {
  await db
    .update(threadMemberships)
    .set({ lastViewed: at, unreadMentions: 0, lastUpdated: at })
    .where(
      and(
        eq(threadMemberships.userId, userId),
        sql`exists (select 1 from ${threads} where ${threads.postId} = ${threadMemberships.postId} and (${threads.teamId} = ${teamId} or ${threads.teamId} = ''))`,
      ),
    );
}

/** Whether the user belongs to the channel. */
export async function isChannelMember(db: DbOrTx, channelId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(channelMembers)
    .where(and(eq(channelMembers.channelId, channelId), eq(channelMembers.userId, userId)))
    .limit(1);
  return row !== undefined;
}
