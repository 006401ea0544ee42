/** Incoming and outgoing webhooks (deleted rows keep delete_at and are never returned). */
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { incomingWebhooks, outgoingWebhooks, type IncomingWebhookRow, type OutgoingWebhookRow } from '../schema';

export type NewIncomingWebhookRow = typeof incomingWebhooks.$inferInsert;
export type NewOutgoingWebhookRow = typeof outgoingWebhooks.$inferInsert;

export async function insertIncomingWebhook(db: DbOrTx, row: NewIncomingWebhookRow): Promise<IncomingWebhookRow> {
  const [inserted] = await db.insert(incomingWebhooks).values(row).returning();
  return inserted;
}

export async function getIncomingWebhook(db: DbOrTx, id: string): Promise<IncomingWebhookRow | undefined> {
  const [row] = await db
    .select()
    .from(incomingWebhooks)
    .where(and(eq(incomingWebhooks.id, id), eq(incomingWebhooks.deleteAt, 0)))
    .limit(1);
  return row;
}

/** A page of live incoming webhooks, optionally of one team and/or one creator, oldest first. */
export async function listIncomingWebhooks(db: DbOrTx, f: { teamId?: string; userId?: string; offset: number; limit: number }): Promise<IncomingWebhookRow[]> {
  const conds = [eq(incomingWebhooks.deleteAt, 0)];
  if (f.teamId) conds.push(eq(incomingWebhooks.teamId, f.teamId));
  if (f.userId) conds.push(eq(incomingWebhooks.userId, f.userId));
  return db
    .select()
    .from(incomingWebhooks)
    .where(and(...conds))
    .orderBy(asc(incomingWebhooks.createAt), asc(incomingWebhooks.id))
    .offset(f.offset)
    .limit(f.limit);
}

export async function countIncomingWebhooks(db: DbOrTx, f: { teamId?: string; userId?: string }): Promise<number> {
  const conds = [eq(incomingWebhooks.deleteAt, 0)];
  if (f.teamId) conds.push(eq(incomingWebhooks.teamId, f.teamId));
  if (f.userId) conds.push(eq(incomingWebhooks.userId, f.userId));
  const [row] = await db.select({ n: count() }).from(incomingWebhooks).where(and(...conds));
  return Number(row?.n ?? 0);
}

export async function updateIncomingWebhook(db: DbOrTx, id: string, fields: Partial<NewIncomingWebhookRow>): Promise<IncomingWebhookRow | undefined> {
  const [row] = await db.update(incomingWebhooks).set(fields).where(eq(incomingWebhooks.id, id)).returning();
  return row;
}

export async function deleteIncomingWebhook(db: DbOrTx, id: string, at: number): Promise<void> {
  await db.update(incomingWebhooks).set({ deleteAt: at, updateAt: at }).where(eq(incomingWebhooks.id, id));
}

export async function insertOutgoingWebhook(db: DbOrTx, row: NewOutgoingWebhookRow): Promise<OutgoingWebhookRow> {
  const [inserted] = await db.insert(outgoingWebhooks).values(row).returning();
  return inserted;
}

export async function getOutgoingWebhook(db: DbOrTx, id: string): Promise<OutgoingWebhookRow | undefined> {
  const [row] = await db
    .select()
    .from(outgoingWebhooks)
    .where(and(eq(outgoingWebhooks.id, id), eq(outgoingWebhooks.deleteAt, 0)))
    .limit(1);
  return row;
}

export async function listOutgoingWebhooks(
  db: DbOrTx,
  f: { teamId?: string; channelId?: string; creatorId?: string; offset?: number; limit?: number },
): Promise<OutgoingWebhookRow[]> {
  const conds = [eq(outgoingWebhooks.deleteAt, 0)];
  if (f.teamId) conds.push(eq(outgoingWebhooks.teamId, f.teamId));
  if (f.channelId) conds.push(eq(outgoingWebhooks.channelId, f.channelId));
  if (f.creatorId) conds.push(eq(outgoingWebhooks.creatorId, f.creatorId));
  const q = db
    .select()
    .from(outgoingWebhooks)
    .where(and(...conds))
    .orderBy(asc(outgoingWebhooks.createAt), asc(outgoingWebhooks.id));
  if (f.limit === undefined) return q;
  return q.offset(f.offset ?? 0).limit(f.limit);
}

export async function updateOutgoingWebhook(db: DbOrTx, id: string, fields: Partial<NewOutgoingWebhookRow>): Promise<OutgoingWebhookRow | undefined> {
  const [row] = await db.update(outgoingWebhooks).set(fields).where(eq(outgoingWebhooks.id, id)).returning();
  return row;
}

export async function deleteOutgoingWebhook(db: DbOrTx, id: string, at: number): Promise<void> {
  await db.update(outgoingWebhooks).set({ deleteAt: at, updateAt: at }).where(eq(outgoingWebhooks.id, id));
}

/** Whether the team has any live outgoing webhook (a cheap check before each post). */
export async function teamHasOutgoingWebhooks(db: DbOrTx, teamId: string): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(outgoingWebhooks)
    .where(and(eq(outgoingWebhooks.teamId, teamId), eq(outgoingWebhooks.deleteAt, 0)))
    .limit(1);
  return rows.length > 0;
}
