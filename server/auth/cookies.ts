import type { Context } from 'hono';
import { setCookie, deleteCookie } from 'hono/cookie';
import type { Session } from '../../app/sessions/types';
import { CSRF_PROP } from '../../app/sessions/types';
import { CSRF_COOKIE, SESSION_COOKIE, USER_COOKIE } from './token';

function isHttps(c: Context): boolean {
  return c.req.header('x-forwarded-proto') === 'https' || new URL(c.req.url).protocol === 'https:';
}

/** MMAUTHTOKEN (HttpOnly), MMUSERID and MMCSRF (readable by the web app), expiring with the session. */
export function attachSessionCookies(c: Context, session: Session): void {
  const maxAge = session.expires_at ? Math.max(0, Math.floor((session.expires_at - Date.now()) / 1000)) : undefined;
  const base = {
    path: '/',
    secure: isHttps(c),
    sameSite: 'Lax' as const,
    ...(maxAge !== undefined ? { maxAge, expires: new Date(session.expires_at) } : {}),
  };
  setCookie(c, SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  setCookie(c, USER_COOKIE, session.user_id, base);
  setCookie(c, CSRF_COOKIE, session.props[CSRF_PROP] ?? '', base);
}

export function removeSessionCookies(c: Context): void {
  for (const name of [SESSION_COOKIE, USER_COOKIE, CSRF_COOKIE]) deleteCookie(c, name, { path: '/' });
}
