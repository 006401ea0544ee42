import type { Handler } from '../../server/http/handler';
import { login as loginApp, type LoginInput } from '../../app/users/login';
import { toApiUser } from '../../app/users/serialize';
import { attachSessionCookies } from '../../server/auth/cookies';

export const login: Handler<'Login'> = async (ctx) => {
  const { user, session } = await loginApp(ctx.server, (ctx.body ?? {}) as LoginInput);
  ctx.hono.header('Token', session.token);
  if (ctx.hono.req.header('x-requested-with') === 'XMLHttpRequest') attachSessionCookies(ctx.hono, session);
  return ctx.json(200, toApiUser(user, 'self', ctx.server.config.get()) as never);
};
