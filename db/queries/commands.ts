/** Custom slash commands and the response URLs handed to them. */
import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { commands, commandWebhooks, type CommandRow } from '../schema';

export type NewCommandRow = typeof commands.$inferInsert;
export type CommandWebhookRow = typeof commandWebhooks.$inferSelect;

export async function insertCommand(db: DbOrTx, row: NewCommandRow): Promise<CommandRow> {
  const [inserted] = await db.insert(commands).values(row).returning();
  return inserted;
}

export async function getCommand(db: DbOrTx, id: string): Promise<CommandRow | undefined> {
  const [row] = await db
    .select()
    .from(commands)
    .where(and(eq(commands.id, id), eq(commands.deleteAt, 0)))
    .limit(1);
  return row;
}

export async function getCommandsForTeam(db: DbOrTx, teamId: string): Promise<CommandRow[]> {
  return db
    .select()
    .from(commands)
    .where(and(eq(commands.teamId, teamId), eq(commands.deleteAt, 0)))
    .orderBy(asc(commands.createAt), asc(commands.id));
}

export async function updateCommand(db: DbOrTx, id: string, fields: Partial<NewCommandRow>): Promise<CommandRow | undefined> {
  const [row] = await db.update(commands).set(fields).where(eq(commands.id, id)).returning();
  return row;
}

export async function deleteCommand(db: DbOrTx, id: string, at: number): Promise<void> {
  await db.update(commands).set({ deleteAt: at, updateAt: at }).where(eq(commands.id, id));
}

export async function insertCommandWebhook(db: DbOrTx, row: typeof commandWebhooks.$inferInsert): Promise<CommandWebhookRow> {
  const [inserted] = await db.insert(commandWebhooks).values(row).returning();
  return inserted;
}

/** A response URL still valid (created after `since`). */
export async function getCommandWebhook(db: DbOrTx, id: string, since: number): Promise<CommandWebhookRow | undefined> {
  const [row] = await db
    .select()
    .from(commandWebhooks)
    .where(and(eq(commandWebhooks.id, id), gt(commandWebhooks.createAt, since)))
    .limit(1);
  return row;
}

/** Counts one use of a response URL; false when it was already used `limit` times. */
export async function tryUseCommandWebhook(db: DbOrTx, id: string, limit: number): Promise<boolean> {
  const rows = await db
    .update(commandWebhooks)
    .set({ useCount: sql`${commandWebhooks.useCount} + 1` })
    .where(and(eq(commandWebhooks.id, id), lt(commandWebhooks.useCount, limit)))
    .returning({ id: commandWebhooks.id });
  return rows.length > 0;
}

export async function deleteExpiredCommandWebhooks(db: DbOrTx, before: number): Promise<void> {
  await db.delete(commandWebhooks).where(lt(commandWebhooks.createAt, before));
}
