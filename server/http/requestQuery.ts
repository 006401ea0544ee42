import type { Context } from 'hono';

/**
 * Query parameters as the validator wants them: single values as strings, repeated ones as
 * arrays, and empty values dropped (clients send `in_team=` to mean "no filter").
 */
export function readQuery(c: Context): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    const kept = values.filter((v) => v !== '');
    if (kept.length === 0) continue;
    out[name] = kept.length === 1 ? kept[0] : kept;
  }
  return out;
}
