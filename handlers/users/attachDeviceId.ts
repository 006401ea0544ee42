import type { Handler } from '../../server/http/handler';
import { setCookie } from 'hono/cookie';
import { Errors } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { SESSION_COOKIE } from '../../server/auth/token';

/**
 * A mobile app attaches its push device id: the user's other sessions on that device end,
 * this one gets the mobile session length and a refreshed cookie.
 */
export const attachDeviceId: Handler<'AttachDeviceId'> = async (ctx) => {
  const { server, session } = ctx;
  const deviceId = (ctx.body as { device_id?: unknown } | undefined)?.device_id;
  if (typeof deviceId !== 'string' || deviceId === '') throw Errors.invalidBodyParam('device_id');
  await server.sessions.revokeForDevice(session.user_id, deviceId, session.id);
  const hours = server.config.get().ServiceSettings.SessionLengthMobileInHours;
  const maxAge = hours * 3600;
  const expiresAt = nowMillis() + maxAge * 1000;
  const https = ctx.hono.req.header('x-forwarded-proto') === 'https' || new URL(ctx.hono.req.url).protocol === 'https:';
  setCookie(ctx.hono, SESSION_COOKIE, session.token, { path: '/', maxAge, expires: new Date(expiresAt), httpOnly: true, secure: https });
  await server.sessions.attachDevice(session, deviceId, expiresAt);
  return ctx.json(200, { status: 'OK' } as never);
};
