import { getCookie } from 'hono/cookie';
import type { Context } from 'hono';

export type TokenLocation = 'header' | 'cookie' | 'query';

export const SESSION_COOKIE = 'MMAUTHTOKEN';
export const USER_COOKIE = 'MMUSERID';
export const CSRF_COOKIE = 'MMCSRF';

const AUTH_HEADER = /^(bearer|token)\s+(\S+)\s*$/i;

/** Where Mattermost looks for a token, in its order: Authorization header, cookie, access_token query. */
export function readToken(c: Context): { token: string; location: TokenLocation } | null {
  const header = c.req.header('authorization');
  if (header) {
    const m = AUTH_HEADER.exec(header);
    if (m) return { token: m[2], location: 'header' };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) return { token: cookie, location: 'cookie' };
  const query = c.req.query('access_token');
  if (query) return { token: query, location: 'query' };
  return null;
}
