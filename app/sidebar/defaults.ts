import type { SidebarCategoryRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { insertCategoriesIfMissing } from '../../db/queries/sidebar';

export type CategoryType = 'favorites' | 'channels' | 'direct_messages' | 'custom';

/** Mattermost's ids for a user's default categories in a team. */
export function defaultCategoryId(type: Exclude<CategoryType, 'custom'>, userId: string, teamId: string): string {
  return `${type}_${userId}_${teamId}`;
}

/** The three categories every team member starts with (favorites, channels, direct messages). */
export async function createDefaultCategories(db: DbOrTx, userId: string, teamId: string): Promise<void> {
  const row = (type: Exclude<CategoryType, 'custom'>, displayName: string, sortOrder: number, sorting: string): SidebarCategoryRow => ({
    id: defaultCategoryId(type, userId, teamId),
    userId,
    teamId,
    type,
    displayName,
    sortOrder,
    sorting,
    muted: false,
    collapsed: false,
  });
  await insertCategoriesIfMissing(db, [
    row('favorites', 'Favorites', 0, ''),
    row('channels', 'Channels', 10, ''),
    row('direct_messages', 'Direct Messages', 20, 'recent'),
  ]);
}
