import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/** Drizzle's record of applied migrations: (hash, created_at = the journal's `when`). */
export async function listAppliedMigrations(db: DbOrTx): Promise<Array<{ hash: string; created_at: string | number }>> {
  const result = (await db.execute(sql`SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC, id DESC`)) as unknown;
  const r = result as { rows?: Array<{ hash: string; created_at: string | number }> } | Array<{ hash: string; created_at: string | number }>;
  return Array.isArray(r) ? r : (r.rows ?? []);
}
