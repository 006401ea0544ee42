import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client';

/** Inserts rows in chunks (one statement each); returns how many were written. */
export async function insertAll<T extends PgTable>(db: DbOrTx, table: T, rows: T['$inferInsert'][], chunk = 1000): Promise<number> {
  for (let i = 0; i < rows.length; i += chunk) await db.insert(table).values(rows.slice(i, i + chunk) as never);
  return rows.length;
}
