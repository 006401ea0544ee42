/**
 * Post rows: reads for the post lists Mattermost serves (pages, before/after windows, `since`
 * syncs, threads, pins, edit history) and the writes of create / edit / delete / thread
 * bookkeeping. SQL only: permissions and the shape of responses belong to app/posts.
 *
 * Edit history rows (old versions of an edited post: `original_id` set, `delete_at` set) live in
 * the same table; every list below leaves them out, only `getEditHistory` reads them.
 */
import { and, asc, desc, eq, gt, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { anyOf, param, prepared } from '../prepared';
import { posts, threadMemberships, threads, type NewPostRow, type PostRow, type ThreadMembershipRow, type ThreadRow } from '../schema';

/** Rows of the channel that are posts (not old versions kept as edit history). */
const live = eq(posts.originalId, '');

export async function insertPost(db: DbOrTx, row: NewPostRow): Promise<PostRow> {
  const [inserted] = await db.insert(posts).values(row).returning();
  return inserted;
}

/** One post; deleted posts only when asked. Edit-history rows are never returned. */
export async function getPostById(db: DbOrTx, id: string, opts: { includeDeleted?: boolean } = {}): Promise<PostRow | undefined> {
  const conditions = [eq(posts.id, id), live];
  if (!opts.includeDeleted) conditions.push(eq(posts.deleteAt, 0));
  const [row] = await db.select().from(posts).where(and(...conditions)).limit(1);
  return row;
}

/** Posts by id, deleted ones included (Mattermost's GetPostsByIds), newest first. */
export async function getPostsByIds(db: DbOrTx, ids: string[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(posts)
    .where(and(inArray(posts.id, ids), live))
    .orderBy(desc(posts.createAt), desc(posts.id));
}

/** The post a user already created with this pending post id (a retried create). */
export async function findPendingPost(db: DbOrTx, userId: string, pendingPostId: string): Promise<PostRow | undefined> {
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.userId, userId), eq(posts.pendingPostId, pendingPostId), live))
    .orderBy(asc(posts.createAt))
    .limit(1);
  return row;
}

export async function updatePostFields(db: DbOrTx, id: string, fields: Partial<NewPostRow>): Promise<PostRow | undefined> {
  const [row] = await db.update(posts).set(fields).where(eq(posts.id, id)).returning();
  return row;
}

/** A reply changed its thread: the root's update_at moves so that `since` readers refetch it. */
export async function touchPostUpdateAt(db: DbOrTx, id: string, at: number): Promise<void> {
  await db
    .update(posts)
    .set({ updateAt: at })
    .where(and(eq(posts.id, id), sql`${posts.updateAt} < ${at}`));
}

/**
 * Soft-deletes a post and, for a root, its whole thread (Mattermost's PostStore.Delete):
 * delete_at = update_at = `at`, and props.deleteBy set. Returns the rows deleted.
 */
export async function softDeletePostTree(db: DbOrTx, id: string, at: number, deleteBy: string): Promise<PostRow[]> {
  return db
    .update(posts)
    .set({ deleteAt: at, updateAt: at, props: sql`jsonb_set(${posts.props}, '{deleteBy}', to_jsonb(${deleteBy}::text))` })
    .where(and(or(eq(posts.id, id), eq(posts.rootId, id)), eq(posts.deleteAt, 0), live))
    .returning();
}

// --- channel lists -------------------------------------------------------------------------------

export interface PageOptions {
  channelId: string;
  offset: number;
  limit: number;
  includeDeleted: boolean;
}

/** A page of the channel, newest first, replies included (Mattermost's getRootPosts). */
export async function getChannelPage(db: DbOrTx, o: PageOptions): Promise<PostRow[]> {
  return (o.includeDeleted ? channelPageWithDeleted : channelPage)(db).execute({ channelId: o.channelId, limit: o.limit, offset: o.offset });
}

function channelPageQuery(db: DbOrTx, includeDeleted: boolean) {
  const conditions = [eq(posts.channelId, param('channelId')), live];
  if (!includeDeleted) conditions.push(eq(posts.deleteAt, 0));
  return db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(desc(posts.createAt), desc(posts.id))
    .limit(param('limit'))
    .offset(param('offset'))
    .prepare(includeDeleted ? 'channel_page_with_deleted' : 'channel_page');
}
const channelPage = prepared((db) => channelPageQuery(db, false));
const channelPageWithDeleted = prepared((db) => channelPageQuery(db, true));

/** A page of the channel's root posts only (collapsed reply threads). */
export async function getChannelRootPage(db: DbOrTx, o: Omit<PageOptions, 'includeDeleted'>): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(and(eq(posts.channelId, o.channelId), eq(posts.rootId, ''), eq(posts.deleteAt, 0), live))
    .orderBy(desc(posts.createAt), desc(posts.id))
    .limit(o.limit)
    .offset(o.offset);
}

/**
 * The threads a set of posts belongs to: the roots named, and (unless `rootsOnly`) every reply
 * of those roots. Used to fill the `posts` map around a page (Mattermost's getParentsPosts).
 */
export async function getThreadsOf(
  db: DbOrTx,
  channelId: string,
  rootIds: string[],
  opts: { rootsOnly: boolean; includeDeleted: boolean },
): Promise<PostRow[]> {
  if (rootIds.length === 0) return [];
  const query = threadsOfQueries[Number(opts.rootsOnly) * 2 + Number(opts.includeDeleted)];
  // The channel is checked on the rows, not in SQL: with it, PostgreSQL intersects the id
  // lookups with every post of the channel (tens of milliseconds in a busy channel).
  const rows = await query(db).execute({ rootIds });
  return rows.filter((p) => p.channelId === channelId);
}

function threadsOfQuery(db: DbOrTx, rootsOnly: boolean, includeDeleted: boolean) {
  const which = rootsOnly ? anyOf(posts.id, 'rootIds') : or(anyOf(posts.id, 'rootIds'), anyOf(posts.rootId, 'rootIds'))!;
  const conditions = [which, live];
  if (!includeDeleted) conditions.push(eq(posts.deleteAt, 0));
  return db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(asc(posts.createAt), asc(posts.id))
    .prepare(`threads_of_${rootsOnly}_${includeDeleted}`);
}
const threadsOfQueries = [false, true].flatMap((rootsOnly) => [false, true].map((deleted) => prepared((db) => threadsOfQuery(db, rootsOnly, deleted))));

export interface AroundOptions {
  channelId: string;
  postId: string;
  before: boolean;
  offset: number;
  limit: number;
  rootsOnly: boolean;
  includeDeleted: boolean;
}

/**
 * The posts created before (or after) a given post of the channel, nearest first (Mattermost's
 * getPostsAround). A cursor post that does not exist yields no rows.
 */
export async function getPostsAround(db: DbOrTx, o: AroundOptions): Promise<PostRow[]> {
  const pivot = sql`(select p2.create_at from posts p2 where p2.id = ${o.postId})`;
  const conditions: SQL[] = [
    o.before ? sql`${posts.createAt} < ${pivot}` : sql`${posts.createAt} > ${pivot}`,
    eq(posts.channelId, o.channelId),
    live,
  ];
  if (!o.includeDeleted) conditions.push(eq(posts.deleteAt, 0));
  if (o.rootsOnly) conditions.push(eq(posts.rootId, ''));
  return db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(o.before ? desc(posts.createAt) : asc(posts.createAt), o.before ? desc(posts.id) : asc(posts.id))
    .limit(o.limit)
    .offset(o.offset);
}

/** The id of the first live post created after (or last created before) `time` in the channel. */
export async function getPostIdAroundTime(db: DbOrTx, channelId: string, time: number, before: boolean, rootsOnly: boolean): Promise<string> {
  const [row] = await postIdAroundTimeQueries[Number(before) * 2 + Number(rootsOnly)](db).execute({ channelId, time });
  return row?.id ?? '';
}

function postIdAroundTimeQuery(db: DbOrTx, before: boolean, rootsOnly: boolean) {
  const time = param('time');
  const conditions = [before ? lt(posts.createAt, time) : gt(posts.createAt, time), eq(posts.channelId, param('channelId')), eq(posts.deleteAt, 0), live];
  if (rootsOnly) conditions.push(eq(posts.rootId, ''));
  return db
    .select({ id: posts.id })
    .from(posts)
    .where(and(...conditions))
    .orderBy(before ? desc(posts.createAt) : asc(posts.createAt), before ? desc(posts.id) : asc(posts.id))
    .limit(1)
    .prepare(`post_id_${before ? 'before' : 'after'}_time${rootsOnly ? '_root' : ''}`);
}
const postIdAroundTimeQueries = [false, true].flatMap((before) => [false, true].map((rootsOnly) => prepared((db) => postIdAroundTimeQuery(db, before, rootsOnly))));

/** How many changed rows one `since` request returns at most (Mattermost's limit). */
export const SINCE_LIMIT = 1000;

/**
 * `since` semantics. A post's `update_at` is assigned while its channel row is locked
 * (app/posts/clock.ts), strictly after every `update_at` already in the channel, and every
 * change a client must see (create, edit, pin, delete — which stamps delete_at = update_at —,
 * a reply changing its root's thread) takes a new one. So within a channel `update_at` values
 * grow in commit order, and a reader that asks for `update_at > since`, with `since` the
 * largest `update_at` it has seen, can never skip a change: anything committed later carries a
 * larger value. Deleted posts are returned (delete_at set, message blanked by the serializer)
 * so the reader learns of the deletion.
 *
 * The window is the oldest changes first, at most SINCE_LIMIT of them, extended to include
 * every row sharing the last `update_at` (one delete stamps a root and its replies alike), so
 * a reader paging by `since` = max(update_at) resumes exactly where this window ended.
 * `rootsOnly` (collapsed threads) keeps root posts only.
 */
export async function getChangedSince(db: DbOrTx, channelId: string, since: number, rootsOnly: boolean): Promise<PostRow[]> {
  const conditions = [eq(posts.channelId, channelId), gt(posts.updateAt, since), live];
  if (rootsOnly) conditions.push(eq(posts.rootId, ''));
  const [bound] = await db
    .select({ updateAt: posts.updateAt })
    .from(posts)
    .where(and(...conditions))
    .orderBy(asc(posts.updateAt))
    .limit(1)
    .offset(SINCE_LIMIT - 1);
  if (bound) conditions.push(sql`${posts.updateAt} <= ${bound.updateAt}`);
  return db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(desc(posts.createAt), desc(posts.id));
}

/** Live posts by id (the roots a `since` window's replies belong to), deleted included. */
export async function getPostsByIdsInChannel(db: DbOrTx, channelId: string, ids: string[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(posts)
    .where(and(inArray(posts.id, ids), eq(posts.channelId, channelId), live));
}

export interface ThreadOptions {
  /** The post whose thread is read: its replies are `root_id = rootId`. */
  rootId: string;
  /** Include the root itself in the window (non-collapsed threads do). */
  includeRoot: boolean;
  perPage: number;
  direction: '' | 'up' | 'down';
  fromPost: string;
  fromCreateAt: number;
  fromUpdateAt: number;
  updatesOnly: boolean;
  /** Collapsed threads apply fromUpdateAt only when reading down. */
  updateCursorDownOnly: boolean;
}

/**
 * A thread's posts after or before a cursor (Mattermost's PostStore.Get with paging): `down`
 * reads oldest first from the cursor, `up` newest first; `perPage` 0 means everything. One row
 * more than asked is read so the caller can tell whether there is a next page.
 */
export async function getThreadWindow(db: DbOrTx, o: ThreadOptions): Promise<PostRow[]> {
  const down = o.direction === 'down';
  const conditions: SQL[] = [
    o.includeRoot ? or(eq(posts.id, o.rootId), eq(posts.rootId, o.rootId))! : eq(posts.rootId, o.rootId),
    eq(posts.deleteAt, 0),
    live,
  ];
  if (o.fromCreateAt !== 0) {
    const cmp = down ? gt(posts.createAt, o.fromCreateAt) : lt(posts.createAt, o.fromCreateAt);
    conditions.push(
      o.fromPost ? or(cmp, and(eq(posts.createAt, o.fromCreateAt), down ? gt(posts.id, o.fromPost) : lt(posts.id, o.fromPost)))! : cmp,
    );
  }
  if (o.fromUpdateAt !== 0 && (down || !o.updateCursorDownOnly)) {
    const cmp = down ? gt(posts.updateAt, o.fromUpdateAt) : lt(posts.updateAt, o.fromUpdateAt);
    conditions.push(
      o.fromPost ? or(cmp, and(eq(posts.updateAt, o.fromUpdateAt), down ? gt(posts.id, o.fromPost) : lt(posts.id, o.fromPost)))! : cmp,
    );
  }
  const key = o.updatesOnly ? posts.updateAt : posts.createAt;
  const order = o.direction === 'up' ? [desc(key), desc(posts.id)] : [asc(key), asc(posts.id)];
  const query = db
    .select()
    .from(posts)
    .where(and(...conditions))
    .orderBy(...order);
  return o.perPage > 0 ? query.limit(o.perPage + 1) : query;
}

/** The channel's pinned live posts, oldest first (Mattermost's GetPinnedPosts). */
export async function getPinnedPosts(db: DbOrTx, channelId: string): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(and(eq(posts.channelId, channelId), eq(posts.isPinned, true), eq(posts.deleteAt, 0), live))
    .orderBy(asc(posts.createAt), asc(posts.id));
}

/** The old versions of an edited post, newest edit first. */
export async function getEditHistory(db: DbOrTx, postId: string): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(eq(posts.originalId, postId))
    .orderBy(desc(posts.editAt), desc(posts.updateAt));
}

/** Any row by id: live, deleted, or an edit-history version. */
export async function getAnyPostRow(db: DbOrTx, id: string): Promise<PostRow | undefined> {
  const [row] = await db.select().from(posts).where(eq(posts.id, id)).limit(1);
  return row;
}

/** The live replies of a thread created at or after `since` (mention recounts). */
export async function getThreadReplies(db: DbOrTx, rootId: string, since = 0): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(and(eq(posts.rootId, rootId), eq(posts.deleteAt, 0), gte(posts.createAt, since), live))
    .orderBy(asc(posts.createAt), asc(posts.id));
}

/** The channel's live posts created after `time`, oldest first (mention recounts). */
export async function getPostsCreatedAfter(db: DbOrTx, channelId: string, time: number): Promise<PostRow[]> {
  return db
    .select()
    .from(posts)
    .where(and(eq(posts.channelId, channelId), gt(posts.createAt, time), eq(posts.deleteAt, 0), live))
    .orderBy(asc(posts.createAt), asc(posts.id));
}

// --- threads (collapsed reply threads) -----------------------------------------------------------

export async function getThread(db: DbOrTx, postId: string): Promise<ThreadRow | undefined> {
  const [row] = await db.select().from(threads).where(eq(threads.postId, postId)).limit(1);
  return row;
}

export async function getThreadsByIds(db: DbOrTx, postIds: string[]): Promise<ThreadRow[]> {
  if (postIds.length === 0) return [];
  return threadsByIds(db).execute({ postIds });
}

const threadsByIds = prepared((db) => db.select().from(threads).where(anyOf(threads.postId, 'postIds')).prepare('threads_by_ids'));

/**
 * A new reply: the thread row is created from the replies on its first reply, else its count
 * grows, its last reply time moves and the replier goes to the end of the participants
 * (Mattermost's updateThreadsFromPosts).
 */
export async function recordReply(
  db: DbOrTx,
  root: { id: string; channelId: string; teamId: string },
  reply: { userId: string; createAt: number },
): Promise<ThreadRow> {
  const existing = await getThread(db, root.id);
  if (existing) {
    const participants = [...existing.participants.filter((id) => id !== reply.userId), reply.userId];
    const [row] = await db
      .update(threads)
      .set({ replyCount: existing.replyCount + 1, lastReplyAt: Math.max(existing.lastReplyAt, reply.createAt), participants })
      .where(eq(threads.postId, root.id))
      .returning();
    return row;
  }
  const replies = await db
    .select({ userId: posts.userId, last: sql<string | number>`max(${posts.createAt})`, n: sql<string | number>`count(*)` })
    .from(posts)
    .where(and(eq(posts.rootId, root.id), eq(posts.deleteAt, 0), live))
    .groupBy(posts.userId)
    .orderBy(sql`max(${posts.createAt}) asc`);
  const replyCount = replies.reduce((n, r) => n + Number(r.n), 0);
  const lastReplyAt = replies.reduce((m, r) => Math.max(m, Number(r.last)), 0);
  const [row] = await db
    .insert(threads)
    .values({
      postId: root.id,
      channelId: root.channelId,
      teamId: root.teamId,
      replyCount,
      lastReplyAt,
      participants: replies.map((r) => r.userId),
    })
    .onConflictDoUpdate({ target: threads.postId, set: { replyCount, lastReplyAt, participants: replies.map((r) => r.userId) } })
    .returning();
  return row;
}

/**
 * A reply was deleted: the thread's count and last reply time are recomputed, and the replier
 * leaves the participants if it was their last reply (Mattermost's updateThreadAfterReplyDeletion).
 */
export async function recountThreadAfterDeletion(db: DbOrTx, rootId: string, userId: string): Promise<void> {
  const thread = await getThread(db, rootId);
  if (!thread) return;
  const [stats] = await db
    .select({
      n: sql<string | number>`count(*)`,
      last: sql<string | number | null>`max(${posts.createAt})`,
      mine: sql<string | number>`count(*) filter (where ${posts.userId} = ${userId})`,
    })
    .from(posts)
    .where(and(eq(posts.rootId, rootId), eq(posts.deleteAt, 0), live));
  const participants = Number(stats.mine) === 0 ? thread.participants.filter((id) => id !== userId) : thread.participants;
  await db
    .update(threads)
    .set({ replyCount: Number(stats.n), lastReplyAt: Number(stats.last ?? 0), participants })
    .where(eq(threads.postId, rootId));
}

/** A root was deleted: its thread is marked deleted. */
export async function markThreadDeleted(db: DbOrTx, rootId: string, at: number): Promise<void> {
  await db.update(threads).set({ threadDeleteAt: at }).where(eq(threads.postId, rootId));
}

export async function getThreadMembership(db: DbOrTx, postId: string, userId: string): Promise<ThreadMembershipRow | undefined> {
  const [row] = await db
    .select()
    .from(threadMemberships)
    .where(and(eq(threadMemberships.postId, postId), eq(threadMemberships.userId, userId)))
    .limit(1);
  return row;
}

export async function getThreadMembershipsForUser(db: DbOrTx, userId: string, postIds: string[]): Promise<ThreadMembershipRow[]> {
  if (postIds.length === 0) return [];
  return db
    .select()
    .from(threadMemberships)
    .where(and(eq(threadMemberships.userId, userId), inArray(threadMemberships.postId, postIds)));
}

export async function getThreadMembershipsForPost(db: DbOrTx, postId: string): Promise<ThreadMembershipRow[]> {
  return db.select().from(threadMemberships).where(eq(threadMemberships.postId, postId));
}

export async function insertThreadMembership(db: DbOrTx, row: ThreadMembershipRow): Promise<ThreadMembershipRow> {
  const [inserted] = await db.insert(threadMemberships).values(row).onConflictDoNothing().returning();
  return inserted ?? (await getThreadMembership(db, row.postId, row.userId))!;
}

export async function updateThreadMembership(db: DbOrTx, row: ThreadMembershipRow): Promise<ThreadMembershipRow> {
  const [updated] = await db
    .update(threadMemberships)
    .set({ following: row.following, lastViewed: row.lastViewed, lastUpdated: row.lastUpdated, unreadMentions: row.unreadMentions })
    .where(and(eq(threadMemberships.postId, row.postId), eq(threadMemberships.userId, row.userId)))
    .returning();
  return updated;
}
