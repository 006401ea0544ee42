import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { canEditUser, loadUser, requireManageSystemForAdmin } from '../../app/users/access';
import { permanentlyDeleteUser, setUserActive } from '../../app/users/update';
import { parseBool } from '../../app/users/params';
import { resolveUserId } from '../params';

/** Deactivates the user; with permanent=true (and EnableAPIUserDeletion) deletes them for good. */
export const deleteUser: Handler<'DeleteUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!(await canEditUser(server, session, userId))) throw Errors.permission('edit_other_users');
  const config = server.config.get();
  if (userId === session.user_id && !config.TeamSettings.EnableUserDeactivation && !hasSystemPermission(server, session, 'manage_system')) {
    throw new AppError('api.user.update_active.not_enable.app_error', 'You cannot deactivate yourself because this feature is not enabled. Please contact your System Administrator.', 401, `userId=${userId}`);
  }
  const user = await loadUser(server, userId);
  requireManageSystemForAdmin(server, session, user);
  if (parseBool((ctx.query as { permanent?: unknown }).permanent)) {
    if (!config.ServiceSettings.EnableAPIUserDeletion) {
      throw new AppError('api.user.delete_user.not_enabled.app_error', 'Permanent user deletion feature is not enabled. Please contact your System Administrator.', 401, `userId=${userId}`);
    }
    await permanentlyDeleteUser(server, user);
  } else {
    await setUserActive(server, user, false);
  }
  return ctx.json(200, { status: 'OK' } as never);
};
