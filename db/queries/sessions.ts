import { and, desc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { sessions, type SessionRow } from '../schema';

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function getSessionByToken(db: DbOrTx, token: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.token, token)).limit(1);
  return row;
}

export async function getSessionById(db: DbOrTx, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id)).limit(1);
  return row;
}

/** A user's sessions, most recently active first (Mattermost's GetSessions order). */
export async function getSessionsForUser(db: DbOrTx, userId: string): Promise<SessionRow[]> {
  return db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastActivityAt));
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

/** Every session of every user (RevokeSessionsFromAllUsers). */
export async function deleteAllSessions(db: DbOrTx): Promise<SessionRow[]> {
  return db.delete(sessions).returning();
}

/** The user's other sessions attached to the same device (AttachDeviceId logs them out). */
export async function deleteSessionsForDevice(db: DbOrTx, userId: string, deviceId: string, exceptSessionId: string): Promise<SessionRow[]> {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.deviceId, deviceId), ne(sessions.id, exceptSessionId)))
    .returning();
}

export async function touchSession(db: DbOrTx, id: string, lastActivityAt: number): Promise<void> {
  await db.update(sessions).set({ lastActivityAt }).where(eq(sessions.id, id));
}

export async function updateSessionFields(db: DbOrTx, id: string, fields: Partial<SessionRow>): Promise<void> {
  await db.update(sessions).set(fields).where(eq(sessions.id, id));
}

/** Keeps sessions in step with the user's roles (Mattermost's Session().UpdateRoles). */
export async function updateSessionRolesForUser(db: DbOrTx, userId: string, roles: string): Promise<void> {
  await db.update(sessions).set({ roles }).where(eq(sessions.userId, userId));
}
