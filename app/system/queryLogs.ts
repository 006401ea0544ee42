/**
 * POST /logs/query: entries of the server's JSON log file, filtered by level and time and paged
 * from the newest (page 0 holds the last `perPage` matching entries, oldest first), grouped by
 * cluster node. This server is one node, Mattermost's `default`. Lines that are not JSON are
 * skipped, as Mattermost skips them; with file logging off there is nothing to answer.
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { readLogFile } from './logs';

export const NODE_NAME = 'default';

export interface LogFilter {
  server_names: string[];
  log_levels: string[];
  date_from: string;
  date_to: string;
}

const invalidFilter = () => new AppError('api.system.logs.invalidFilter', 'The log filter is not valid.', 400);

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidFilter();
  return value as string[];
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalidFilter();
  return value;
}

/** The body as Mattermost's LogFilter; Mattermost answers 500 to an undecodable one, a client mistake here (400). */
export function parseLogFilter(body: unknown): LogFilter {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalidFilter();
  const b = body as Record<string, unknown>;
  return { server_names: strings(b.server_names), log_levels: strings(b.log_levels), date_from: text(b.date_from), date_to: text(b.date_to) };
}

function instant(value: string): number | undefined {
  if (value === '') return undefined;
  const t = Date.parse(value.replace(/^(\d{4}-\d\d-\d\d) /, '$1T').replace(/ (Z|[+-]\d\d:?\d\d)$/, '$1'));
  return Number.isNaN(t) ? undefined : t;
}

function matches(entry: Record<string, unknown>, filter: LogFilter, from?: number, to?: number): boolean {
  if (filter.log_levels.length > 0) {
    const level = String(entry.level ?? '').toLowerCase();
    if (!filter.log_levels.some((l) => l.toLowerCase() === level)) return false;
  }
  if (from === undefined && to === undefined) return true;
  const at = instant(String(entry.timestamp ?? ''));
  if (at === undefined) return false;
  return (from === undefined || at >= from) && (to === undefined || at <= to);
}

export async function queryLogs(server: ServerContext, page: number, perPage: number, filter: LogFilter): Promise<Record<string, unknown[]>> {
  if (filter.server_names.length > 0 && !filter.server_names.includes(NODE_NAME)) return {};
  const config = server.config.get();
  if (!config.LogSettings.EnableFile) return {};
  const data = await readLogFile(config);
  if (!data) throw new AppError('api.admin.file_read_error', 'Error reading log file.', 500);
  const from = instant(filter.date_from);
  const to = instant(filter.date_to);
  const entries: unknown[] = [];
  for (const line of data.toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (entry && typeof entry === 'object' && !Array.isArray(entry) && matches(entry as Record<string, unknown>, filter, from, to)) entries.push(entry);
  }
  const end = entries.length - page * perPage;
  if (end <= 0) return {};
  return { [NODE_NAME]: entries.slice(Math.max(0, end - perPage), end) };
}
