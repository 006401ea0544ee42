/**
 * The list parameters shared by the field and value listings: per_page, delta mode (`since`)
 * and the keyset cursor (cursor_id with cursor_create_at, or cursor_update_at in delta mode).
 */
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export interface ListQuery {
  limit: number;
  since?: number;
  cursor?: { id: string; at: number };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function parseMillis(raw: string, name: string): number {
  if (!/^[+-]?\d{1,16}$/.test(raw)) throw Errors.invalidBodyParam(name);
  return Number(raw);
}

/** Mattermost's per_page: 60 by default, at most 200. */
export function perPage(raw: unknown): number {
  const n = Number.parseInt(str(raw), 10);
  if (Number.isNaN(n) || n <= 0) return 60;
  return Math.min(n, 200);
}

export function parseListQuery(q: Record<string, unknown>, optsErrorId: string): ListQuery {
  const out: ListQuery = { limit: perPage(q.per_page) };
  const since = str(q.since);
  if (since !== '') out.since = parseMillis(since, 'since');
  const cursorId = str(q.cursor_id);
  if (cursorId === '') return out;
  const updateAt = str(q.cursor_update_at) === '' ? 0 : parseMillis(str(q.cursor_update_at), 'cursor_update_at');
  const createAt = str(q.cursor_create_at) === '' ? 0 : parseMillis(str(q.cursor_create_at), 'cursor_create_at');
  const invalid = (detail: string) => new AppError(optsErrorId, 'Invalid search options.', 400, detail);
  if (!isValidId(cursorId)) throw invalid('cursor id is invalid');
  if ((createAt > 0) === (updateAt > 0)) throw invalid('cursor must have exactly one of create_at or update_at set');
  const delta = (out.since ?? 0) > 0;
  if (delta && updateAt === 0) throw invalid('cursor_update_at required when since is set');
  if (!delta && createAt === 0) throw invalid('cursor_create_at required when since is not set');
  out.cursor = { id: cursorId, at: delta ? updateAt : createAt };
  return out;
}
