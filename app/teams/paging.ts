/** Mattermost's page / per_page URL parameters: bad or negative values fall back, per_page is capped at 200. */
export const PER_PAGE_DEFAULT = 60;
export const PER_PAGE_MAXIMUM = 200;

export interface Paging {
  page: number;
  perPage: number;
  offset: number;
}

export function readPaging(query: { page?: unknown; per_page?: unknown }): Paging {
  const page = toInt(query.page);
  const perPageRaw = toInt(query.per_page);
  const safePage = page === undefined || page < 0 ? 0 : page;
  const perPage = perPageRaw === undefined || perPageRaw < 0 ? PER_PAGE_DEFAULT : Math.min(perPageRaw, PER_PAGE_MAXIMUM);
  return { page: safePage, perPage, offset: safePage * perPage };
}

function toInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** A boolean URL parameter as Go's strconv.ParseBool reads it; anything else is false. */
export function parseBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
}
