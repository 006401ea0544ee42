/**
 * Input PostgreSQL cannot store or compare, refused before any handler runs: a NUL character
 * anywhere (path, query, JSON strings) and integers beyond the safe range. Both would otherwise
 * surface as a failed query (500).
 */
import { Errors } from './appError';

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

export function rejectUnstorableInput(input: { params: Record<string, string>; query: Record<string, string | string[]>; body: unknown }): void {
  for (const [name, value] of Object.entries(input.params)) if (hasNul(value)) throw Errors.invalidUrlParam(name);
  for (const [name, value] of Object.entries(input.query)) if (hasNul(value)) throw Errors.invalidUrlParam(name);
  if (hasNul(input.body)) throw Errors.invalidBodyParam('body');
}

/** Coerced numeric parameters must be safe integers (page=1e29 is a client mistake, not a 500). */
export function rejectHugeNumbers(values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) > Number.MAX_SAFE_INTEGER) throw Errors.invalidUrlParam(name);
  }
}
