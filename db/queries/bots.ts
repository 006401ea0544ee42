/** Bots: a bots row beside the user (users.is_bot) it describes. */
import { and, asc, eq, ne, or, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../client';
import { bots, users, type BotRow, type UserRow } from '../schema';

export interface BotWithUser {
  bot: BotRow;
  user: UserRow;
}

export async function insertBot(db: DbOrTx, row: typeof bots.$inferInsert): Promise<BotRow> {
  const [inserted] = await db.insert(bots).values(row).returning();
  return inserted;
}

export async function getBotWithUser(db: DbOrTx, userId: string, includeDeleted: boolean): Promise<BotWithUser | undefined> {
  const conds = [eq(bots.userId, userId)];
  if (!includeDeleted) conds.push(eq(bots.deleteAt, 0));
  const [row] = await db.select({ bot: bots, user: users }).from(bots).innerJoin(users, eq(users.id, bots.userId)).where(and(...conds)).limit(1);
  return row;
}

/** A page of bots (of one owner when given), oldest first; orphaned = the owner is gone or deactivated. */
export async function listBots(
  db: DbOrTx,
  f: { ownerId?: string; includeDeleted: boolean; onlyOrphaned: boolean; offset: number; limit: number },
): Promise<BotWithUser[]> {
  const owners = alias(users, 'owners');
  const conds = [];
  if (f.ownerId) conds.push(eq(bots.ownerId, f.ownerId));
  if (!f.includeDeleted) conds.push(eq(bots.deleteAt, 0));
  if (f.onlyOrphaned) conds.push(or(isNull(owners.id), ne(owners.deleteAt, 0))!);
  return db
    .select({ bot: bots, user: users })
    .from(bots)
    .innerJoin(users, eq(users.id, bots.userId))
    .leftJoin(owners, eq(owners.id, bots.ownerId))
    .where(conds.length ? and(...conds) : sql`true`)
    .orderBy(asc(bots.createAt), asc(bots.userId))
    .offset(f.offset)
    .limit(f.limit);
}

export async function updateBot(db: DbOrTx, userId: string, fields: Partial<typeof bots.$inferInsert>): Promise<BotRow | undefined> {
  const [row] = await db.update(bots).set(fields).where(eq(bots.userId, userId)).returning();
  return row;
}

export async function deleteBotRow(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(bots).where(eq(bots.userId, userId));
}

/** Live bots owned by a user (to disable them with their owner). */
export async function getBotsOwnedBy(db: DbOrTx, ownerId: string): Promise<BotRow[]> {
  return db
    .select()
    .from(bots)
    .where(and(eq(bots.ownerId, ownerId), eq(bots.deleteAt, 0)));
}
