/**
 * Reaction rows and the post flags they move (has_reactions, update_at). SQL only: the
 * permission checks, emoji checks and events belong to app/reactions.
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channels, emoji, posts, reactions, type ChannelRow, type EmojiRow, type PostRow, type ReactionRow } from '../schema';

/** A live post by id (no edit-history rows), with its channel when that exists. */
export async function getPostWithChannel(db: DbOrTx, postId: string): Promise<{ post: PostRow; channel: ChannelRow | null } | undefined> {
  const [row] = await db
    .select({ post: posts, channel: channels })
    .from(posts)
    .leftJoin(channels, eq(channels.id, posts.channelId))
    .where(and(eq(posts.id, postId), eq(posts.originalId, '')))
    .limit(1);
  return row;
}

/** The channel a post (of any state) lives in, for permission checks by post. */
export async function getChannelForPost(db: DbOrTx, postId: string): Promise<ChannelRow | undefined> {
  const [row] = await db
    .select({ channel: channels })
    .from(posts)
    .innerJoin(channels, eq(channels.id, posts.channelId))
    .where(eq(posts.id, postId))
    .limit(1);
  return row?.channel;
}

/** The live reactions of one post, oldest first. */
export async function getReactionsForPost(db: DbOrTx, postId: string): Promise<ReactionRow[]> {
  return db
    .select()
    .from(reactions)
    .where(and(eq(reactions.postId, postId), eq(reactions.deleteAt, 0)))
    .orderBy(asc(reactions.createAt));
}

/** The live reactions of several posts, oldest first. */
export async function getReactionsForPostIds(db: DbOrTx, postIds: string[]): Promise<ReactionRow[]> {
  if (postIds.length === 0) return [];
  return db
    .select()
    .from(reactions)
    .where(and(inArray(reactions.postId, postIds), eq(reactions.deleteAt, 0)))
    .orderBy(asc(reactions.createAt));
}

/** Whether anyone has reacted to the post with this emoji (live reactions only). */
export async function emojiUsedOnPost(db: DbOrTx, postId: string, emojiName: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(reactions)
    .where(and(eq(reactions.postId, postId), eq(reactions.emojiName, emojiName), eq(reactions.deleteAt, 0)))
    .limit(1);
  return row !== undefined;
}

/** How many distinct emoji the post's live reactions use. */
export async function countDistinctEmojiOnPost(db: DbOrTx, postId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string | number>`count(distinct ${reactions.emojiName})` })
    .from(reactions)
    .where(and(eq(reactions.postId, postId), eq(reactions.deleteAt, 0)));
  return Number(row?.n ?? 0);
}

/**
 * Saves a reaction: a new row, or the existing (possibly deleted) row revived with a new
 * update_at (Mattermost's upsert on the primary key; create_at is kept). Returns the row.
 */
export async function upsertReaction(
  db: DbOrTx,
  r: { userId: string; postId: string; emojiName: string; channelId: string; at: number },
): Promise<ReactionRow> {
  const [row] = await db
    .insert(reactions)
    .values({ userId: r.userId, postId: r.postId, emojiName: r.emojiName, channelId: r.channelId, createAt: r.at, updateAt: r.at, deleteAt: 0, remoteId: '' })
    .onConflictDoUpdate({
      target: [reactions.postId, reactions.userId, reactions.emojiName],
      set: { updateAt: r.at, deleteAt: 0, remoteId: '', channelId: r.channelId },
    })
    .returning();
  return row;
}

/** Soft-deletes one user's reaction with this emoji; returns the row when there was a live one. */
export async function softDeleteReaction(
  db: DbOrTx,
  r: { userId: string; postId: string; emojiName: string; at: number },
): Promise<ReactionRow | undefined> {
  const [row] = await db
    .update(reactions)
    .set({ updateAt: r.at, deleteAt: r.at, remoteId: '' })
    .where(and(eq(reactions.postId, r.postId), eq(reactions.userId, r.userId), eq(reactions.emojiName, r.emojiName), eq(reactions.deleteAt, 0)))
    .returning();
  return row;
}

/** After a reaction change: the post's has_reactions follows its live reactions, update_at moves. */
export async function refreshPostReactionFlag(db: DbOrTx, postId: string, at: number): Promise<void> {
  await db
    .update(posts)
    .set({
      updateAt: sql`greatest(${posts.updateAt}, ${at})`,
      hasReactions: sql`exists (select 1 from ${reactions} where ${reactions.postId} = ${postId} and ${reactions.deleteAt} = 0)`,
    })
    .where(eq(posts.id, postId));
}

/** A live custom emoji by name. */
export async function getLiveEmojiByName(db: DbOrTx, name: string): Promise<EmojiRow | undefined> {
  const [row] = await db
    .select()
    .from(emoji)
    .where(and(eq(emoji.name, name), eq(emoji.deleteAt, 0)))
    .limit(1);
  return row;
}
