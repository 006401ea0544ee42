import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { emoji, type EmojiRow } from '../schema';

/** A live (not deleted) custom emoji by id. */
export async function getEmojiById(db: DbOrTx, id: string): Promise<EmojiRow | undefined> {
  const [row] = await db.select().from(emoji).where(and(eq(emoji.id, id), eq(emoji.deleteAt, 0))).limit(1);
  return row;
}

/** A live custom emoji by name. */
export async function getEmojiByName(db: DbOrTx, name: string): Promise<EmojiRow | undefined> {
  const [row] = await db.select().from(emoji).where(and(eq(emoji.name, name), eq(emoji.deleteAt, 0))).limit(1);
  return row;
}

export async function getEmojisByNames(db: DbOrTx, names: string[]): Promise<EmojiRow[]> {
  if (names.length === 0) return [];
  return db.select().from(emoji).where(and(inArray(emoji.name, names), eq(emoji.deleteAt, 0))).orderBy(asc(emoji.name));
}

/**
 * Inserts an emoji unless a live one has its name; the name is locked for the transaction so
 * that two concurrent creations cannot both pass. Returns undefined on a duplicate.
 */
export async function insertEmojiIfNameFree(db: DbOrTx, row: EmojiRow): Promise<EmojiRow | undefined> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`emoji:${row.name}`}))`);
  if (await getEmojiByName(db, row.name)) return undefined;
  const [inserted] = await db.insert(emoji).values(row).returning();
  return inserted;
}

/** A page of live emoji: by name when `byName`, else in creation order. */
export async function listEmoji(db: DbOrTx, offset: number, limit: number, byName: boolean): Promise<EmojiRow[]> {
  const order = byName ? [asc(emoji.name)] : [asc(emoji.createAt), asc(emoji.id)];
  return db.select().from(emoji).where(eq(emoji.deleteAt, 0)).orderBy(...order).offset(offset).limit(limit);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Live emoji whose name starts with (or, unless prefixOnly, contains) `term`, by name. */
export async function searchEmoji(db: DbOrTx, term: string, prefixOnly: boolean, limit: number): Promise<EmojiRow[]> {
  const pattern = prefixOnly ? `${escapeLike(term)}%` : `%${escapeLike(term)}%`;
  return db.select().from(emoji).where(and(like(emoji.name, pattern), eq(emoji.deleteAt, 0))).orderBy(asc(emoji.name)).limit(limit);
}

export async function softDeleteEmoji(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const rows = await db
    .update(emoji)
    .set({ deleteAt: at, updateAt: at })
    .where(and(eq(emoji.id, id), eq(emoji.deleteAt, 0)))
    .returning({ id: emoji.id });
  return rows.length === 1;
}
