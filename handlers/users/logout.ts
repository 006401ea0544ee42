import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { removeSessionCookies } from '../../server/auth/cookies';

export const logout: Handler<'Logout'> = async (ctx) => {
  await audit(ctx.server, ctx, '');
  removeSessionCookies(ctx.hono);
  if (ctx.session) await ctx.server.sessions.revoke(ctx.session);
  return ctx.json(200, { status: 'OK' } as never);
};
