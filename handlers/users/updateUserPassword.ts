import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isSystemAdminRole, missingAccount } from '../../app/users/access';
import { changeOwnPassword, setHashedPassword, setPassword } from '../../app/users/password';
import { resolveUserId } from '../params';

/**
 * Changing a password: one's own needs the current one; another user's needs user-management
 * rights (manage_system for an admin's). An admin's reset also clears the failed attempts.
 * Audited as Mattermost does: "attempted", then "completed" or "failed".
 */
export const updateUserPassword: Handler<'UpdateUserPassword'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const newPassword = typeof body.new_password === 'string' ? body.new_password : '';
  await audit(server, ctx, 'attempted');
  const user = await getUserById(server.db, userId);
  const canUpdate = user
    ? hasSystemPermission(server, session, isSystemAdminRole(user.roles) ? 'manage_system' : 'sysconsole_write_user_management_users')
    : false;
  const self = userId === session.user_id;
  const forbidden = () => new AppError('api.user.update_password.context.app_error', 'Update password failed because context user_id did not match props user_id.', 403);

  const change = async (): Promise<void> => {
    if (body.already_hashed === 'true' || body.already_hashed === true) {
      if (!canUpdate) {
        if (self) throw new AppError('api.user.update_password.user_and_hashed.app_error', 'Only system administrators can set already-hashed passwords.', 401);
        throw forbidden();
      }
      await setHashedPassword(server, user!, newPassword);
      return;
    }
    if (self) {
      const current = typeof body.current_password === 'string' ? body.current_password : '';
      if (current === '') throw Errors.invalidBodyParam('current_password');
      if (!user) throw missingAccount();
      await changeOwnPassword(server, user, current, newPassword, session);
    } else if (canUpdate) {
      await setPassword(server, user!, newPassword, session);
    } else {
      throw forbidden();
    }
  };
  try {
    await change();
  } catch (err) {
    // A missing current_password is refused before Mattermost's "failed" row.
    if (!(err instanceof AppError && err.id === 'api.context.invalid_body_param.app_error')) await audit(server, ctx, 'failed');
    throw err;
  }
  await audit(server, ctx, 'completed');
  return ctx.json(200, { status: 'OK' } as never);
};
