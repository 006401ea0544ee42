import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { status } from '../schema';

/** user id → status string for the given users (all known statuses when ids is undefined). */
export async function getStatusMap(db: DbOrTx, ids?: string[]): Promise<Record<string, string>> {
  if (ids && ids.length === 0) return {};
  const query = db.select({ userId: status.userId, status: status.status }).from(status);
  const rows = ids ? await query.where(inArray(status.userId, ids)) : await query;
  return Object.fromEntries(rows.map((r) => [r.userId, r.status]));
}
