import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { tokens, type TokenRow } from '../schema';

export async function insertToken(db: DbOrTx, row: TokenRow): Promise<void> {
  await db.insert(tokens).values(row);
}

export async function getToken(db: DbOrTx, token: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(tokens).where(eq(tokens.token, token)).limit(1);
  return row;
}

export async function getTokensByType(db: DbOrTx, type: string): Promise<TokenRow[]> {
  return db.select().from(tokens).where(eq(tokens.type, type));
}

/** Deletes the token; true when this call removed it (so a token is used at most once). */
export async function deleteToken(db: DbOrTx, token: string): Promise<boolean> {
  const removed = await db.delete(tokens).where(eq(tokens.token, token)).returning({ token: tokens.token });
  return removed.length > 0;
}

export async function deleteTokensOlderThan(db: DbOrTx, type: string, createdBefore: number): Promise<void> {
  await db.delete(tokens).where(and(eq(tokens.type, type), lt(tokens.createAt, createdBefore)));
}
