import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { jobs } from '../schema';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(db: DbOrTx, row: JobRow): Promise<void> {
  await db.insert(jobs).values(row);
}

export async function getJobById(db: DbOrTx, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** Jobs of the types (and status, when given), newest first (Mattermost's GetAllByTypesPage). */
export async function listJobs(db: DbOrTx, q: { types: string[]; status?: string; offset: number; limit: number }): Promise<JobRow[]> {
  if (q.types.length === 0) return [];
  const where = q.status ? and(inArray(jobs.type, q.types), eq(jobs.status, q.status)) : inArray(jobs.type, q.types);
  return db.select().from(jobs).where(where).orderBy(desc(jobs.createAt), desc(jobs.id)).limit(q.limit).offset(q.offset);
}

/** Sets the status when it is still `from` (one of them); answers whether a row changed. */
export async function updateJobStatusIf(db: DbOrTx, id: string, from: string[], to: string, lastActivityAt: number): Promise<boolean> {
  const changed = await db
    .update(jobs)
    .set({ status: to, lastActivityAt })
    .where(and(eq(jobs.id, id), inArray(jobs.status, from)))
    .returning({ id: jobs.id });
  return changed.length > 0;
}

export async function setJobStatus(db: DbOrTx, id: string, to: string, lastActivityAt: number): Promise<void> {
  await db.update(jobs).set({ status: to, lastActivityAt }).where(eq(jobs.id, id));
}
