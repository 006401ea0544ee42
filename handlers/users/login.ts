import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { login as loginApp, type LoginInput } from '../../app/users/login';
import { toApiUser } from '../../app/users/serialize';
import { attachSessionCookies } from '../../server/auth/cookies';

/** Audited as Mattermost does: "attempt - login_id=…", then "failure - …" or "authenticated" and "success". */
export const login: Handler<'Login'> = async (ctx) => {
  const input = (ctx.body ?? {}) as LoginInput;
  const loginId = typeof input.login_id === 'string' ? input.login_id : '';
  const givenId = typeof input.id === 'string' ? input.id : '';
  await audit(ctx.server, ctx, `attempt - login_id=${loginId}`, givenId);
  let result: Awaited<ReturnType<typeof loginApp>>;
  try {
    result = await loginApp(ctx.server, input);
  } catch (err) {
    await audit(ctx.server, ctx, `failure - login_id=${loginId}`, givenId);
    throw err;
  }
  const { user, session } = result;
  await audit(ctx.server, ctx, 'authenticated', user.id);
  await audit(ctx.server, { hono: ctx.hono, session }, 'success', user.id);
  ctx.hono.header('Token', session.token);
  if (ctx.hono.req.header('x-requested-with') === 'XMLHttpRequest') attachSessionCookies(ctx.hono, session);
  return ctx.json(200, toApiUser(user, 'self', ctx.server.config.get()) as never);
};
