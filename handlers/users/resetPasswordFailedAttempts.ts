import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { updateUserFields } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isSystemAdminRole, loadUser } from '../../app/users/access';
import { resolveUserId } from '../params';

/** Unlocks an account locked by failed logins (user management in the System Console). */
export const resetPasswordFailedAttempts: Handler<'resetPasswordFailedAttempts'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const user = await loadUser(server, userId);
  const needed = isSystemAdminRole(user.roles) ? 'manage_system' : 'sysconsole_write_user_management_users';
  if (!hasSystemPermission(server, session, needed)) throw Errors.permission(needed);
  await updateUserFields(server.db, user.id, { failedAttempts: 0 });
  return ctx.json(200, { status: 'OK' } as never);
};
