import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { sidebarCategories, sidebarChannels, type SidebarCategoryRow, type SidebarChannelRow } from '../schema';

export async function insertCategoriesIfMissing(db: DbOrTx, rows: SidebarCategoryRow[]): Promise<void> {
  if (rows.length) await db.insert(sidebarCategories).values(rows).onConflictDoNothing();
}

export async function getCategoriesForUserTeam(db: DbOrTx, userId: string, teamId: string): Promise<SidebarCategoryRow[]> {
  return db
    .select()
    .from(sidebarCategories)
    .where(and(eq(sidebarCategories.userId, userId), eq(sidebarCategories.teamId, teamId)))
    .orderBy(asc(sidebarCategories.sortOrder), asc(sidebarCategories.id));
}

export async function getSidebarChannelsForUser(db: DbOrTx, userId: string): Promise<SidebarChannelRow[]> {
  return db
    .select()
    .from(sidebarChannels)
    .where(eq(sidebarChannels.userId, userId))
    .orderBy(asc(sidebarChannels.sortOrder));
}
