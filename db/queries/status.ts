import { and, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { status, type StatusRow } from '../schema';

export async function getStatus(db: DbOrTx, userId: string): Promise<StatusRow | undefined> {
  const [row] = await db.select().from(status).where(eq(status.userId, userId)).limit(1);
  return row;
}

export async function getStatuses(db: DbOrTx, userIds: string[]): Promise<StatusRow[]> {
  if (userIds.length === 0) return [];
  return db.select().from(status).where(inArray(status.userId, userIds));
}

export async function saveStatus(db: DbOrTx, row: StatusRow): Promise<void> {
  await db
    .insert(status)
    .values(row)
    .onConflictDoUpdate({
      target: status.userId,
      set: {
        status: row.status,
        manual: row.manual,
        lastActivityAt: row.lastActivityAt,
        dndEndTime: row.dndEndTime,
        prevStatus: row.prevStatus,
      },
    });
}

/**
 * Ends every do-not-disturb whose end time (Unix seconds) has passed, as Mattermost's
 * UpdateExpiredDNDStatuses: back to the previous status, no longer manual.
 */
export async function expireDndStatuses(db: DbOrTx, nowSeconds: number): Promise<StatusRow[]> {
  return db
    .update(status)
    .set({ status: sql`${status.prevStatus}`, prevStatus: 'dnd', dndEndTime: 0, manual: false })
    .where(and(eq(status.status, 'dnd'), gt(status.dndEndTime, 0), lte(status.dndEndTime, nowSeconds)))
    .returning();
}

export async function deleteStatus(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(status).where(eq(status.userId, userId));
}

/** user id → status string for the given users (all known statuses when ids is undefined). */
export async function getStatusMap(db: DbOrTx, ids?: string[]): Promise<Record<string, string>> {
  if (ids && ids.length === 0) return {};
  const query = db.select({ userId: status.userId, status: status.status }).from(status);
  const rows = ids ? await query.where(inArray(status.userId, ids)) : await query;
  return Object.fromEntries(rows.map((r) => [r.userId, r.status]));
}

/** Writes many users' last activity in one statement (presence flushes it periodically). */
export async function saveLastActivity(db: DbOrTx, activity: Map<string, number>): Promise<void> {
  if (activity.size === 0) return;
  const rows = JSON.stringify([...activity].map(([user_id, at]) => ({ user_id, at })));
  await db.execute(sql`
    UPDATE status SET last_activity_at = GREATEST(status.last_activity_at, v.at)
    FROM jsonb_to_recordset(${rows}::jsonb) AS v(user_id varchar, at bigint)
    WHERE status.user_id = v.user_id`);
}
