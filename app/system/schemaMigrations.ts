/**
 * GET /system/schema/version: the database migrations applied, newest first, in Mattermost's
 * shape `{version, name}`. Here they are drizzle-kit's migrations: the version is the journal
 * index and the name its tag (`0008_jobs`); drizzle records each applied one with the
 * journal's timestamp, which is how the two are matched.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerContext } from '../../server/context';
import { migrationsFolder } from '../../server/paths';
import { listAppliedMigrations } from '../../db/queries/schemaMigrations';

export interface AppliedMigration {
  version: number;
  name: string;
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

async function journal(): Promise<JournalEntry[]> {
  try {
    const text = await readFile(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
    return (JSON.parse(text) as { entries?: JournalEntry[] }).entries ?? [];
  } catch {
    return [];
  }
}

export async function appliedSchemaMigrations(server: ServerContext): Promise<AppliedMigration[]> {
  const [rows, entries] = await Promise.all([listAppliedMigrations(server.db), journal()]);
  const byWhen = new Map(entries.map((e) => [Number(e.when), e]));
  return rows.map((row, i) => {
    const entry = byWhen.get(Number(row.created_at));
    return entry ? { version: entry.idx, name: entry.tag } : { version: rows.length - 1 - i, name: row.hash };
  });
}
