/** Request helpers of the users area, with Mattermost's parsing rules. */
import type { ServerContext } from '../../server/context';
import { siteUrl } from '../email';

/** Go's strconv.ParseBool, failures counting as false (as Mattermost ignores the error). */
export function parseBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
}

export const PER_PAGE_DEFAULT = 60;
export const PER_PAGE_MAXIMUM = 200;

/** page and per_page as Mattermost's web params: negative or missing → defaults, per_page capped at 200. */
export function paging(query: { page?: unknown; per_page?: unknown }): { page: number; perPage: number } {
  const page = Number(query.page);
  const perPage = Number(query.per_page);
  return {
    page: Number.isInteger(page) && page >= 0 ? page : 0,
    perPage: !Number.isInteger(perPage) || perPage < 0 ? PER_PAGE_DEFAULT : Math.min(perPage, PER_PAGE_MAXIMUM),
  };
}

/** The site URL for links in mails: the configured one, else the one of the request. */
export function requestSiteUrl(server: ServerContext, requestUrl: string, headers: { proto?: string; host?: string }): string {
  const configured = siteUrl(server.config.get());
  if (configured) return configured;
  const url = new URL(requestUrl);
  const proto = headers.proto?.split(',')[0].trim() || url.protocol.replace(':', '');
  const host = headers.host || url.host;
  return `${proto}://${host}`;
}
