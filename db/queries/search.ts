/**
 * Post search on PostgreSQL full-text search (Mattermost's SqlPostStore.search for
 * PostgreSQL): `to_tsvector('english', message | hashtags) @@ to_tsquery('english', terms)`
 * over the posts of the channels the user belongs to.
 *
 * GIN indexes on to_tsvector('english', message) and on hashtags (migration 0005) back the
 * text conditions: the expressions below are written exactly so that those indexes match them.
 */
import { and, desc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, channels, posts, preferences, teamMembers, users, type PostRow } from '../schema';

/** How many posts one search returns at most (Mattermost's database search). */
export const SEARCH_LIMIT = 100;

export interface PostSearchQuery {
  userId: string;
  /** '' searches every team (and direct / group messages); else this team's channels and direct / group messages. */
  teamId: string;
  /** A to_tsquery expression, or '' for filters only. */
  tsquery: string;
  isHashtag: boolean;
  includeDeletedChannels: boolean;
  inChannels: string[];
  excludedChannels: string[];
  fromUsers: string[];
  excludedUsers: string[];
  /** create_at bounds from the date flags. */
  created: CreatedFilter;
}

export interface CreatedFilter {
  between?: [number, number];
  notBetween?: [number, number];
  atLeast?: number;
  atMost?: number;
  before?: number;
  after?: number;
}

/** The posts matching one search, newest first. A tsquery PostgreSQL cannot parse yields nothing. */
export async function searchPosts(db: DbOrTx, q: PostSearchQuery): Promise<PostRow[]> {
  const channelConditions: SQL[] = [eq(channelMembers.userId, q.userId)];
  if (!q.includeDeletedChannels) channelConditions.push(eq(channels.deleteAt, 0));
  if (q.teamId) channelConditions.push(sql`(${channels.teamId} = ${q.teamId} or ${channels.teamId} = '')`);
  if (q.inChannels.length > 0) channelConditions.push(inArray(channels.id, q.inChannels));
  if (q.excludedChannels.length > 0) channelConditions.push(notInArray(channels.id, q.excludedChannels));
  const channelIds = db
    .select({ id: channels.id })
    .from(channels)
    .innerJoin(channelMembers, eq(channelMembers.channelId, channels.id))
    .where(and(...channelConditions));

  const conditions: SQL[] = [
    eq(posts.deleteAt, 0),
    eq(posts.originalId, ''),
    sql`${posts.type} not like 'system\\_%'`,
    inArray(posts.channelId, channelIds),
  ];
  if (q.fromUsers.length > 0 || q.excludedUsers.length > 0) {
    const userConditions: SQL[] = [];
    if (q.teamId) userConditions.push(eq(teamMembers.teamId, q.teamId));
    if (q.fromUsers.length > 0) userConditions.push(inArray(users.id, q.fromUsers));
    if (q.excludedUsers.length > 0) userConditions.push(notInArray(users.id, q.excludedUsers));
    const userIds = db
      .select({ id: users.id })
      .from(users)
      .innerJoin(teamMembers, eq(teamMembers.userId, users.id))
      .where(and(...userConditions));
    conditions.push(inArray(posts.userId, userIds));
  }
  const c = q.created;
  if (c.between) conditions.push(sql`${posts.createAt} between ${c.between[0]} and ${c.between[1]}`);
  if (c.notBetween) conditions.push(sql`${posts.createAt} not between ${c.notBetween[0]} and ${c.notBetween[1]}`);
  if (c.atLeast !== undefined) conditions.push(sql`${posts.createAt} >= ${c.atLeast}`);
  if (c.atMost !== undefined) conditions.push(sql`${posts.createAt} <= ${c.atMost}`);
  if (c.before !== undefined) conditions.push(sql`${posts.createAt} < ${c.before}`);
  if (c.after !== undefined) conditions.push(sql`${posts.createAt} > ${c.after}`);
  if (q.tsquery) {
    const column = q.isHashtag ? sql`hashtags` : sql`message`;
    conditions.push(sql`to_tsvector('english', ${column}) @@ to_tsquery('english', ${q.tsquery})`);
  }
  try {
    return await db
      .select()
      .from(posts)
      .where(and(...conditions))
      .orderBy(desc(posts.createAt), desc(posts.id))
      .limit(SEARCH_LIMIT);
  } catch {
    // Mattermost answers a query the database rejects (a malformed tsquery) with no results.
    return [];
  }
}

/** A channel by name in a team (deleted ones when asked), whoever its members. */
export async function findChannelIdByName(db: DbOrTx, teamId: string, name: string, includeDeleted: boolean): Promise<string | undefined> {
  const conditions: SQL[] = [eq(channels.name, name), eq(channels.teamId, teamId)];
  if (!includeDeleted) conditions.push(eq(channels.deleteAt, 0));
  const [row] = await db.select({ id: channels.id }).from(channels).where(and(...conditions)).limit(1);
  return row?.id;
}

/** User ids by username (case-insensitive, as usernames are stored lower case). */
export async function userIdsByUsernames(db: DbOrTx, usernames: string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, usernames.map((u) => u.toLowerCase())));
  return new Map(rows.map((r) => [r.username, r.id]));
}

export interface FlaggedPostsQuery {
  userId: string;
  channelId?: string;
  teamId?: string;
  offset: number;
  limit: number;
}

/**
 * The user's flagged posts (preferences of category flagged_post) that are live and sit in a
 * channel the user belongs to, newest first (Mattermost's getFlaggedPosts); optionally one
 * channel's, or one team's together with direct and group messages.
 */
export async function getFlaggedPosts(db: DbOrTx, q: FlaggedPostsQuery): Promise<PostRow[]> {
  const flagged = db
    .select({ name: preferences.name })
    .from(preferences)
    .where(and(eq(preferences.userId, q.userId), eq(preferences.category, 'flagged_post')));
  const memberChannels = db.select({ id: channelMembers.channelId }).from(channelMembers).where(eq(channelMembers.userId, q.userId));
  const conditions: SQL[] = [inArray(posts.id, flagged), eq(posts.deleteAt, 0), eq(posts.originalId, ''), inArray(posts.channelId, memberChannels)];
  if (q.channelId) conditions.push(eq(posts.channelId, q.channelId));
  if (q.teamId) conditions.push(sql`(${channels.teamId} = ${q.teamId} or ${channels.teamId} = '')`);
  const rows = await db
    .select({ post: posts })
    .from(posts)
    .innerJoin(channels, eq(channels.id, posts.channelId))
    .where(and(...conditions))
    .orderBy(desc(posts.createAt), desc(posts.id))
    .limit(Math.min(q.limit, 1000))
    .offset(q.offset);
  return rows.map((r) => r.post);
}
