/** OAuth 2.0 provider: apps, authorization codes, access grants, and the "authorized app" preferences. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { oauthAccessData, oauthApps, oauthAuthData, preferences, sessions, type OAuthAppRow } from '../schema';

export type NewOAuthAppRow = typeof oauthApps.$inferInsert;
export type OAuthAuthDataRow = typeof oauthAuthData.$inferSelect;
export type OAuthAccessDataRow = typeof oauthAccessData.$inferSelect;

/** Mattermost's PreferenceCategoryAuthorizedOAuthApp. */
export const AUTHORIZED_APP_CATEGORY = 'oauth_app';

export async function insertOAuthApp(db: DbOrTx, row: NewOAuthAppRow): Promise<OAuthAppRow> {
  const [inserted] = await db.insert(oauthApps).values(row).returning();
  return inserted;
}

export async function getOAuthApp(db: DbOrTx, id: string): Promise<OAuthAppRow | undefined> {
  const [row] = await db.select().from(oauthApps).where(eq(oauthApps.id, id)).limit(1);
  return row;
}

export async function listOAuthApps(db: DbOrTx, f: { creatorId?: string; offset: number; limit: number }): Promise<OAuthAppRow[]> {
  const q = db.select().from(oauthApps);
  const filtered = f.creatorId ? q.where(eq(oauthApps.creatorId, f.creatorId)) : q;
  return filtered.orderBy(asc(oauthApps.createAt), asc(oauthApps.id)).offset(f.offset).limit(f.limit);
}

export async function updateOAuthApp(db: DbOrTx, id: string, fields: Partial<NewOAuthAppRow>): Promise<OAuthAppRow | undefined> {
  const [row] = await db.update(oauthApps).set(fields).where(eq(oauthApps.id, id)).returning();
  return row;
}

/** Removes an app with its grants, codes and authorizations; returns the session tokens its grants opened. */
export async function deleteOAuthApp(db: DbOrTx, id: string): Promise<string[]> {
  const grants = await db.delete(oauthAccessData).where(eq(oauthAccessData.clientId, id)).returning({ token: oauthAccessData.token });
  await db.delete(oauthAuthData).where(eq(oauthAuthData.clientId, id));
  await db.delete(preferences).where(and(eq(preferences.category, AUTHORIZED_APP_CATEGORY), eq(preferences.name, id)));
  await db.delete(oauthApps).where(eq(oauthApps.id, id));
  return grants.map((g) => g.token);
}

/** Apps the user has authorized (a preference per app), oldest first. */
export async function getAuthorizedApps(db: DbOrTx, userId: string, offset: number, limit: number): Promise<OAuthAppRow[]> {
  const rows = await db
    .select({ app: oauthApps })
    .from(oauthApps)
    .innerJoin(preferences, and(eq(preferences.name, oauthApps.id), eq(preferences.category, AUTHORIZED_APP_CATEGORY), eq(preferences.userId, userId)))
    .orderBy(asc(oauthApps.createAt), asc(oauthApps.id))
    .offset(offset)
    .limit(limit);
  return rows.map((r) => r.app);
}

export async function insertAuthData(db: DbOrTx, row: typeof oauthAuthData.$inferInsert): Promise<void> {
  await db.insert(oauthAuthData).values(row);
}

export async function getAuthData(db: DbOrTx, code: string): Promise<OAuthAuthDataRow | undefined> {
  const [row] = await db.select().from(oauthAuthData).where(eq(oauthAuthData.code, code)).limit(1);
  return row;
}

/** Deletes a code; false when it was already gone (used once only). */
export async function removeAuthData(db: DbOrTx, code: string): Promise<boolean> {
  const rows = await db.delete(oauthAuthData).where(eq(oauthAuthData.code, code)).returning({ code: oauthAuthData.code });
  return rows.length > 0;
}

export async function removeAuthDataForUser(db: DbOrTx, clientId: string, userId: string): Promise<void> {
  await db.delete(oauthAuthData).where(and(eq(oauthAuthData.clientId, clientId), eq(oauthAuthData.userId, userId)));
}

export async function insertAccessData(db: DbOrTx, row: typeof oauthAccessData.$inferInsert): Promise<void> {
  await db.insert(oauthAccessData).values(row);
}

export async function getAccessDataByRefreshToken(db: DbOrTx, refreshToken: string): Promise<OAuthAccessDataRow | undefined> {
  const [row] = await db.select().from(oauthAccessData).where(eq(oauthAccessData.refreshToken, refreshToken)).limit(1);
  return row;
}

export async function getAccessDataForUserApp(db: DbOrTx, userId: string, clientId: string): Promise<OAuthAccessDataRow[]> {
  return db
    .select()
    .from(oauthAccessData)
    .where(and(eq(oauthAccessData.userId, userId), eq(oauthAccessData.clientId, clientId)));
}

/** Replaces a grant's token (a refresh): the row is found by its previous token. */
export async function replaceAccessToken(db: DbOrTx, oldToken: string, fields: { token: string; refreshToken: string; expiresAt: number }): Promise<boolean> {
  const rows = await db.update(oauthAccessData).set(fields).where(eq(oauthAccessData.token, oldToken)).returning({ token: oauthAccessData.token });
  return rows.length > 0;
}

export async function deleteAccessData(db: DbOrTx, tokens: string[]): Promise<void> {
  if (tokens.length) await db.delete(oauthAccessData).where(inArray(oauthAccessData.token, tokens));
}

/** Whether a session still exists for a token (a grant whose session ended is renewed on the next code). */
export async function sessionExists(db: DbOrTx, token: string): Promise<boolean> {
  const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.token, token)).limit(1);
  return rows.length > 0;
}
