/**
 * Post priority and post reminder rows. SQL only: the rules (feature switches, licences,
 * permissions) live in app/posts.
 */
import { and, asc, eq, lte } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { anyOf, prepared } from '../prepared';
import { channels, postReminders, posts, postsPriority, teams, users, type PostPriorityRow, type PostReminderRow } from '../schema';

export async function insertPostPriority(db: DbOrTx, row: PostPriorityRow): Promise<void> {
  await db.insert(postsPriority).values(row).onConflictDoNothing();
}

export async function getPrioritiesForPosts(db: DbOrTx, postIds: string[]): Promise<PostPriorityRow[]> {
  if (postIds.length === 0) return [];
  return prioritiesOfPosts(db).execute({ postIds });
}

const prioritiesOfPosts = prepared((db) => db.select().from(postsPriority).where(anyOf(postsPriority.postId, 'postIds')).prepare('priorities_of_posts'));

/** Creates or moves the user's reminder for the post (one per user and post). */
export async function upsertPostReminder(db: DbOrTx, row: PostReminderRow): Promise<void> {
  await db
    .insert(postReminders)
    .values(row)
    .onConflictDoUpdate({ target: [postReminders.postId, postReminders.userId], set: { targetTime: row.targetTime } });
}

/** Reminders due at `nowSeconds`, oldest first (not claimed: see claimReminder). */
export async function listDueReminders(db: DbOrTx, nowSeconds: number, limit = 200): Promise<PostReminderRow[]> {
  return db.select().from(postReminders).where(lte(postReminders.targetTime, nowSeconds)).orderBy(asc(postReminders.targetTime)).limit(limit);
}

/**
 * Claims one due reminder by deleting it: exactly one caller gets the row back, whichever
 * server process asks first (a concurrent delete waits, then finds nothing).
 */
export async function claimReminder(db: DbOrTx, row: { postId: string; userId: string }, nowSeconds: number): Promise<PostReminderRow | undefined> {
  const [claimed] = await db
    .delete(postReminders)
    .where(and(eq(postReminders.postId, row.postId), eq(postReminders.userId, row.userId), lte(postReminders.targetTime, nowSeconds)))
    .returning();
  return claimed;
}

export async function getRemindersForUser(db: DbOrTx, userId: string): Promise<PostReminderRow[]> {
  return db.select().from(postReminders).where(eq(postReminders.userId, userId));
}

export interface ReminderPostContext {
  postId: string;
  channelId: string;
  /** '' for a post in a direct or group channel. */
  teamName: string;
  /** The post's author. */
  username: string;
}

/** What a reminder about a post says: its channel, its team's name and its author. */
export async function getReminderPostContext(db: DbOrTx, postId: string): Promise<ReminderPostContext | undefined> {
  const [row] = await db
    .select({ postId: posts.id, channelId: posts.channelId, teamName: teams.name, username: users.username })
    .from(posts)
    .innerJoin(channels, eq(channels.id, posts.channelId))
    .innerJoin(users, eq(users.id, posts.userId))
    .leftJoin(teams, and(eq(teams.id, channels.teamId)))
    .where(and(eq(posts.id, postId), eq(posts.originalId, '')))
    .limit(1);
  return row ? { ...row, teamName: row.teamName ?? '' } : undefined;
}
