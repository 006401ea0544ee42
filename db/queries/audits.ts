import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { audits, notifyAdmin, type AuditRow, type NotifyAdminRow } from '../schema';

export async function insertAudit(db: DbOrTx, row: AuditRow): Promise<void> {
  await db.insert(audits).values(row);
}

/** Newest first; every user's rows when `userId` is empty (Mattermost's AuditStore.Get). */
export async function listAudits(db: DbOrTx, userId: string, offset: number, limit: number): Promise<AuditRow[]> {
  const query = db.select().from(audits);
  const filtered = userId ? query.where(eq(audits.userId, userId)) : query;
  return filtered.orderBy(desc(audits.createAt), desc(audits.id)).limit(limit).offset(offset);
}

export async function getNotifyAdminForUserFeature(db: DbOrTx, userId: string, feature: string): Promise<NotifyAdminRow[]> {
  const rows = await db.select().from(notifyAdmin).where(eq(notifyAdmin.userId, userId));
  return rows.filter((r) => r.requiredFeature === feature);
}

export async function insertNotifyAdmin(db: DbOrTx, row: NotifyAdminRow): Promise<void> {
  await db.insert(notifyAdmin).values(row);
}
