import type { Handler } from '../../server/http/handler';
import { loadUser, requireEditUser } from '../../app/users/access';
import { generateMfaSecret as generate } from '../../app/mfa/mfa';
import { resolveUserId } from '../params';

export const generateMfaSecret: Handler<'GenerateMfaSecret'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  await requireEditUser(server, session, userId);
  const user = await loadUser(server, userId);
  const secret = await generate(server, user);
  ctx.hono.header('Cache-Control', 'no-cache');
  ctx.hono.header('Pragma', 'no-cache');
  ctx.hono.header('Expires', '0');
  return ctx.json(200, secret as never);
};
