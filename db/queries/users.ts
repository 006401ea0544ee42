import { count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { users, type NewUserRow, type UserRow } from '../schema';

export async function insertUser(db: DbOrTx, row: NewUserRow): Promise<UserRow> {
  const [inserted] = await db.insert(users).values(row).returning();
  return inserted;
}

export async function getUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function getUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return row;
}

export async function getUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row.n);
}

export async function updateUserFields(db: DbOrTx, id: string, fields: Partial<NewUserRow>): Promise<void> {
  await db.update(users).set(fields).where(eq(users.id, id));
}

export async function recordFailedLogin(db: DbOrTx, id: string): Promise<void> {
  await db.update(users).set({ failedAttempts: sql`${users.failedAttempts} + 1` }).where(eq(users.id, id));
}
