/**
 * The installed postgres.js reserves a transaction's connection whenever its BEGIN was
 * written (scripts/patch-postgres.mjs, porsager/postgres#1218). Unpatched, a BEGIN that fills a
 * connection's pipeline goes out unreserved; with max_pipeline 0 every BEGIN does, so
 * sql.begin fails with UNSAFE_TRANSACTION.
 */
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('postgres.js transactions at the pipeline boundary', () => {
  it('runs sql.begin on a connection whose pipeline the BEGIN fills', async () => {
    // max_pipeline is a postgres.js option its type declarations leave out.
    const sql = postgres(url!, { max: 2, onnotice: () => {}, ...({ max_pipeline: 0 } as object) });
    try {
      const rows = await sql.begin((tx) => tx`select 1 as ok`);
      expect(rows[0].ok).toBe(1);
      const concurrent = await Promise.all(Array.from({ length: 20 }, (_, i) => sql.begin((tx) => tx`select ${i}::int as n`)));
      expect(concurrent.map((r) => r[0].n)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    } finally {
      await sql.end({ timeout: 2 });
    }
  });
});
