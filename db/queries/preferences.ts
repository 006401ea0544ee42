import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { preferences, type PreferenceRow } from '../schema';

export async function getPreferencesForUser(db: DbOrTx, userId: string): Promise<PreferenceRow[]> {
  return db
    .select()
    .from(preferences)
    .where(eq(preferences.userId, userId))
    .orderBy(asc(preferences.category), asc(preferences.name));
}

export async function getPreferencesByCategory(db: DbOrTx, userId: string, category: string): Promise<PreferenceRow[]> {
  return db
    .select()
    .from(preferences)
    .where(and(eq(preferences.userId, userId), eq(preferences.category, category)))
    .orderBy(asc(preferences.name));
}

export async function getPreference(db: DbOrTx, userId: string, category: string, name: string): Promise<PreferenceRow | undefined> {
  const [row] = await db
    .select()
    .from(preferences)
    .where(and(eq(preferences.userId, userId), eq(preferences.category, category), eq(preferences.name, name)))
    .limit(1);
  return row;
}

/** Inserts or overwrites each preference (one statement, so a batch is all or nothing). */
export async function upsertPreferences(db: DbOrTx, rows: PreferenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(preferences)
    .values(rows)
    .onConflictDoUpdate({
      target: [preferences.userId, preferences.category, preferences.name],
      set: { value: sql`excluded.value` },
    });
}

export async function deletePreference(db: DbOrTx, userId: string, category: string, name: string): Promise<void> {
  await db
    .delete(preferences)
    .where(and(eq(preferences.userId, userId), eq(preferences.category, category), eq(preferences.name, name)));
}

export async function deletePreferencesForUser(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(preferences).where(eq(preferences.userId, userId));
}
