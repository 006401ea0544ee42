import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { uploadSessions, type UploadSessionRow } from '../schema';

export async function insertUploadSession(db: DbOrTx, row: UploadSessionRow): Promise<UploadSessionRow> {
  const [inserted] = await db.insert(uploadSessions).values(row).returning();
  return inserted;
}

export async function getUploadSession(db: DbOrTx, id: string): Promise<UploadSessionRow | undefined> {
  const [row] = await db.select().from(uploadSessions).where(eq(uploadSessions.id, id)).limit(1);
  return row;
}

/** Moves the offset forward only from the offset the caller read (guards against a concurrent writer). */
export async function advanceUploadOffset(db: DbOrTx, id: string, from: number, to: number): Promise<boolean> {
  const rows = await db
    .update(uploadSessions)
    .set({ fileOffset: to })
    .where(and(eq(uploadSessions.id, id), eq(uploadSessions.fileOffset, from)))
    .returning({ id: uploadSessions.id });
  return rows.length === 1;
}

export async function deleteUploadSession(db: DbOrTx, id: string): Promise<void> {
  await db.delete(uploadSessions).where(eq(uploadSessions.id, id));
}

export async function getUploadSessionsForUser(db: DbOrTx, userId: string): Promise<UploadSessionRow[]> {
  return db.select().from(uploadSessions).where(eq(uploadSessions.userId, userId)).orderBy(asc(uploadSessions.createAt), asc(uploadSessions.id));
}
