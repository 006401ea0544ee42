import { asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { userAccessTokens, users, type UserAccessTokenRow } from '../schema';

export async function insertUserAccessToken(db: DbOrTx, row: UserAccessTokenRow): Promise<UserAccessTokenRow> {
  const [saved] = await db.insert(userAccessTokens).values(row).returning();
  return saved;
}

export async function getUserAccessToken(db: DbOrTx, id: string): Promise<UserAccessTokenRow | undefined> {
  const [row] = await db.select().from(userAccessTokens).where(eq(userAccessTokens.id, id)).limit(1);
  return row;
}

export async function getUserAccessTokenByToken(db: DbOrTx, token: string): Promise<UserAccessTokenRow | undefined> {
  const [row] = await db.select().from(userAccessTokens).where(eq(userAccessTokens.token, token)).limit(1);
  return row;
}

export async function getUserAccessTokensForUser(db: DbOrTx, userId: string, offset: number, limit: number): Promise<UserAccessTokenRow[]> {
  return db
    .select()
    .from(userAccessTokens)
    .where(eq(userAccessTokens.userId, userId))
    .orderBy(asc(userAccessTokens.id))
    .limit(limit)
    .offset(offset);
}

export async function getAllUserAccessTokens(db: DbOrTx, offset: number, limit: number): Promise<UserAccessTokenRow[]> {
  return db.select().from(userAccessTokens).orderBy(asc(userAccessTokens.id)).limit(limit).offset(offset);
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Mattermost's Search: tokens whose id, or whose user's id, username or email, begins with the term. */
export async function searchUserAccessTokens(db: DbOrTx, term: string, limit = 100): Promise<UserAccessTokenRow[]> {
  const prefix = `${likeEscape(term)}%`;
  const rows = await db
    .select({ token: userAccessTokens })
    .from(userAccessTokens)
    .innerJoin(users, eq(users.id, userAccessTokens.userId))
    .where(
      or(
        sql`${userAccessTokens.id} like ${prefix}`,
        sql`${userAccessTokens.userId} like ${prefix}`,
        ilike(users.username, prefix),
        ilike(users.email, prefix),
      ),
    )
    .orderBy(asc(userAccessTokens.id))
    .limit(limit);
  return rows.map((r) => r.token);
}

export async function setUserAccessTokenActive(db: DbOrTx, id: string, isActive: boolean): Promise<void> {
  await db.update(userAccessTokens).set({ isActive }).where(eq(userAccessTokens.id, id));
}

export async function deleteUserAccessToken(db: DbOrTx, id: string): Promise<void> {
  await db.delete(userAccessTokens).where(eq(userAccessTokens.id, id));
}

export async function deleteUserAccessTokensForUser(db: DbOrTx, userId: string): Promise<UserAccessTokenRow[]> {
  return db.delete(userAccessTokens).where(eq(userAccessTokens.userId, userId)).returning();
}
