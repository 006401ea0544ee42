import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { sessions, type SessionRow } from '../schema';

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function getSessionByToken(db: DbOrTx, token: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.token, token)).limit(1);
  return row;
}

export async function deleteSessionById(db: DbOrTx, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsForUser(db: DbOrTx, userId: string, exceptSessionId?: string): Promise<SessionRow[]> {
  const where = exceptSessionId
    ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
    : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).returning();
}

export async function touchSession(db: DbOrTx, id: string, lastActivityAt: number): Promise<void> {
  await db.update(sessions).set({ lastActivityAt }).where(eq(sessions.id, id));
}
