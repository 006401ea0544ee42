/**
 * Sidebar category queries beyond the defaults (sidebar.ts): reading a user's categories with
 * their explicitly placed channels, the channels that fall into the default categories, and
 * the writes behind creating, updating, reordering and deleting categories.
 */
import { and, asc, eq, inArray, ne, notExists, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { channelMembers, channels, preferences, sidebarCategories, sidebarChannels, type SidebarCategoryRow } from '../schema';

export async function getCategoryById(db: DbOrTx, id: string): Promise<SidebarCategoryRow | undefined> {
  const [row] = await db.select().from(sidebarCategories).where(eq(sidebarCategories.id, id)).limit(1);
  return row;
}

/** The user's categories in the team, ordered by sort order (then id, for ties). */
export async function getCategoriesOrdered(db: DbOrTx, userId: string, teamId: string): Promise<SidebarCategoryRow[]> {
  return db
    .select()
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)))
    .orderBy(asc(sidebarCategories.sortOrder), asc(sidebarCategories.id));
}

/**
 * The channels placed explicitly in the given categories, in their order, restricted to
 * channels the user still belongs to.
 */
export async function getPlacedChannels(db: DbOrTx, userId: string, categoryIds: string[]): Promise<Array<{ categoryId: string; channelId: string }>> {
  if (categoryIds.length === 0) return [];
  return db
    .select({ categoryId: sidebarChannels.categoryId, channelId: sidebarChannels.channelId })
    .from(sidebarChannels)
    .innerJoin(channelMembers, and(eq(channelMembers.channelId, sidebarChannels.channelId), eq(channelMembers.userId, userId)))
    .where(and(eq(sidebarChannels.userId, userId), inArray(sidebarChannels.categoryId, categoryIds)))
    .orderBy(asc(sidebarChannels.sortOrder), asc(sidebarChannels.channelId));
}

/**
 * Channels of the user not placed in any of their categories of the team, that belong to the
 * given default category: `channels` takes the team's public and private channels, and
 * `direct_messages` the direct and group channels. Archived channels are left out; ordered by
 * display name, as Mattermost does.
 */
export async function getUnplacedChannelIds(db: DbOrTx, userId: string, teamId: string, kind: 'channels' | 'direct_messages'): Promise<string[]> {
  const placed = db
    .select({ one: sql`1` })
    .from(sidebarChannels)
    .innerJoin(sidebarCategories, eq(sidebarCategories.id, sidebarChannels.categoryId))
    .where(
      and(
        eq(sidebarChannels.channelId, channelMembers.channelId),
        eq(sidebarCategories.userId, userId),
        eq(sidebarCategories.teamId, teamId),
      ),
    );
  const typeFilter =
    kind === 'direct_messages' ? inArray(channels.type, ['D', 'G']) : and(inArray(channels.type, ['O', 'P']), eq(channels.teamId, teamId));
  const rows = await db
    .select({ id: channels.id })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(eq(channelMembers.userId, userId), typeFilter, eq(channels.deleteAt, 0), notExists(placed)))
    .orderBy(asc(channels.displayName), asc(channels.name), asc(channels.id));
  return rows.map((r) => r.id);
}

/** Ids of the channels the user belongs to in the team, plus their direct and group channels (archived included). */
export async function getMemberChannelIdsForTeam(db: DbOrTx, userId: string, teamId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: channels.id })
    .from(channelMembers)
    .innerJoin(channels, eq(channels.id, channelMembers.channelId))
    .where(and(eq(channelMembers.userId, userId), or(eq(channels.teamId, teamId), eq(channels.teamId, ''))));
  return new Set(rows.map((r) => r.id));
}

export async function insertCategory(db: DbOrTx, row: SidebarCategoryRow): Promise<void> {
  await db.insert(sidebarCategories).values(row);
}

export async function updateCategoryFields(
  db: DbOrTx,
  id: string,
  fields: Partial<Pick<SidebarCategoryRow, 'displayName' | 'sorting' | 'muted' | 'collapsed' | 'sortOrder'>>,
): Promise<void> {
  await db.update(sidebarCategories).set(fields).where(eq(sidebarCategories.id, id));
}

/** Deletes the category and its channel placements (the channels fall back to the default categories). */
export async function deleteCategoryAndPlacements(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sidebarCategories).where(eq(sidebarCategories.id, id));
  await db.delete(sidebarChannels).where(eq(sidebarChannels.categoryId, id));
}

/** Removes the given channels from every category of the user in the team. */
export async function removeChannelsFromTeamCategories(db: DbOrTx, userId: string, teamId: string, channelIds: string[], exceptCategoryId?: string): Promise<void> {
  if (channelIds.length === 0) return;
  const categoryIds = db
    .select({ id: sidebarCategories.id })
    .from(sidebarCategories)
    .where(
      and(
        eq(sidebarCategories.userId, userId),
        eq(sidebarCategories.teamId, teamId),
        exceptCategoryId ? ne(sidebarCategories.id, exceptCategoryId) : undefined,
      ),
    );
  await db
    .delete(sidebarChannels)
    .where(and(eq(sidebarChannels.userId, userId), inArray(sidebarChannels.channelId, channelIds), inArray(sidebarChannels.categoryId, categoryIds)));
}

/** Replaces the category's placed channels by the given list, in that order. */
export async function replaceCategoryChannels(db: DbOrTx, userId: string, categoryId: string, channelIds: string[], distance: number): Promise<void> {
  await db.delete(sidebarChannels).where(eq(sidebarChannels.categoryId, categoryId));
  if (channelIds.length === 0) return;
  await db
    .insert(sidebarChannels)
    .values(channelIds.map((channelId, i) => ({ channelId, userId, categoryId, sortOrder: i * distance })))
    .onConflictDoNothing();
}

/** Gives the categories sort orders 0, distance, 2×distance… in the given order. */
export async function setCategorySortOrders(db: DbOrTx, orderedIds: string[], distance: number): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await db.update(sidebarCategories).set({ sortOrder: i * distance }).where(eq(sidebarCategories.id, id));
  }
}

const FAVORITE_CHANNEL = 'favorite_channel';

/** Keeps the legacy `favorite_channel` preferences in step with the favorites category, as Mattermost does. */
export async function setFavoritePreferences(db: DbOrTx, userId: string, remove: string[], add: string[]): Promise<void> {
  if (remove.length) {
    await db
      .delete(preferences)
      .where(and(eq(preferences.userId, userId), eq(preferences.category, FAVORITE_CHANNEL), inArray(preferences.name, remove)));
  }
  if (add.length) {
    await db
      .insert(preferences)
      .values(add.map((name) => ({ userId, category: FAVORITE_CHANNEL, name, value: 'true' })))
      .onConflictDoUpdate({ target: [preferences.userId, preferences.category, preferences.name], set: { value: 'true' } });
  }
}

/** The user's favorites categories: of one team, or of every team (for a direct or group channel). */
export async function getFavoritesCategories(db: DbOrTx, userId: string, teamId: string | null): Promise<SidebarCategoryRow[]> {
  return db
    .select()
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.type, 'favorites'), teamId ? eq(sidebarCategories.teamId, teamId) : undefined));
}

/** Places the channel first in the category (below the lowest sort order), unless it is there already. */
export async function placeChannelFirst(db: DbOrTx, userId: string, categoryId: string, channelId: string, distance: number): Promise<void> {
  const [row] = await db
    .select({ min: sql<number | null>`min(${sidebarChannels.sortOrder})` })
    .from(sidebarChannels)
    .where(eq(sidebarChannels.categoryId, categoryId));
  const min = row?.min === null || row?.min === undefined ? null : Number(row.min);
  await db
    .insert(sidebarChannels)
    .values({ channelId, userId, categoryId, sortOrder: min === null ? 0 : min - distance })
    .onConflictDoNothing();
}

/** Takes the channel out of the user's favorites categories. */
export async function removeFromFavorites(db: DbOrTx, userId: string, channelId: string): Promise<void> {
  const favoriteIds = db
    .select({ id: sidebarCategories.id })
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.type, 'favorites')));
  await db
    .delete(sidebarChannels)
    .where(and(eq(sidebarChannels.userId, userId), eq(sidebarChannels.channelId, channelId), inArray(sidebarChannels.categoryId, favoriteIds)));
}
