import { mkdirSync } from 'node:fs';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction or the database: queries take either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; absent means in memory (tests). */
  dataDir?: string;
  migrationsFolder: string;
  /** postgres.js pool size. */
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const database = opts.url ? await openPostgres(opts.url, opts) : await openPglite(opts);
  return database;
}

async function openPostgres(url: string, opts: DatabaseOptions): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const sql = postgres(url, { max: opts.poolSize ?? 10, onnotice: () => {} });
  await migrate(drizzle(sql, { schema }), { migrationsFolder: opts.migrationsFolder });
  const db = drizzle(withPreparedStatements(sql), { schema });
  return { db: db as unknown as Db, kind: 'postgres', close: () => sql.end({ timeout: 5 }) };
}

type PostgresClient = import('postgres').Sql;

/**
 * Drizzle sends every query as an unnamed statement, which PostgreSQL parses and plans each
 * time. Through this client a query becomes a named prepared statement on its connection
 * (postgres.js keeps them for the connection's life), in transactions too — unless it has more
 * than PREPARE_MAX_PARAMS parameters: such texts vary with the length of a list (`in (…)`,
 * multi-row inserts), and keeping one statement per length would grow without bound.
 */
const PREPARE_MAX_PARAMS = 16;

function withPreparedStatements(client: PostgresClient): PostgresClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (query: string, params?: unknown[], options?: { prepare?: boolean }) =>
          target.unsafe(query, params as never, { ...options, prepare: options?.prepare || (params?.length ?? 0) <= PREPARE_MAX_PARAMS });
      }
      if (key === 'begin') {
        return (...args: unknown[]) => {
          const body = args[args.length - 1] as (tx: PostgresClient) => unknown;
          return (target.begin as (...a: unknown[]) => unknown)(...args.slice(0, -1), (tx: PostgresClient) => body(withPreparedStatements(tx)));
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openPglite(opts: DatabaseOptions): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: opts.migrationsFolder });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}
