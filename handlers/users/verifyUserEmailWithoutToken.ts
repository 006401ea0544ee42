import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { loadUser } from '../../app/users/access';
import { verifyUserEmail } from '../../app/users/password';
import { toApiUser } from '../../app/users/serialize';
import { resolveUserId } from '../params';

export const verifyUserEmailWithoutToken: Handler<'VerifyUserEmailWithoutToken'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const user = await loadUser(server, userId);
  if (!hasSystemPermission(server, session, 'manage_system')) throw Errors.permission('manage_system');
  const row = await verifyUserEmail(server, user.id, user.email);
  return ctx.json(200, toApiUser(row, 'self', server.config.get()) as never);
};
