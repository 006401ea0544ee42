import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { sendPasswordReset } from '../../app/users/password';
import { requestSiteUrl } from '../../app/users/params';

/** Always OK for an unknown address (no account enumeration); hardened mode hides every error. */
export const sendPasswordResetEmail: Handler<'SendPasswordResetEmail'> = async (ctx) => {
  const { server } = ctx;
  const raw = (ctx.body as { email?: unknown } | undefined)?.email;
  const email = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (email === '') throw Errors.invalidBodyParam('email');
  const site = requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') });
  try {
    await sendPasswordReset(server, email, site);
  } catch (err) {
    if (err instanceof AppError && server.config.get().ServiceSettings.ExperimentalEnableHardenedMode) {
      return ctx.json(200, { status: 'OK' } as never);
    }
    throw err;
  }
  return ctx.json(200, { status: 'OK' } as never);
};
