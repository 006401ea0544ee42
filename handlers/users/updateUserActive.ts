import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isGuestRole, loadUser, requireManageSystemForAdmin } from '../../app/users/access';
import { setUserActive } from '../../app/users/update';
import { publishActivationStatusChange } from '../../app/users/events';
import { resolveUserId } from '../params';

export const updateUserActive: Handler<'UpdateUserActive'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const active = (ctx.body as { active?: unknown } | undefined)?.active;
  if (typeof active !== 'boolean') throw Errors.invalidBodyParam('active');
  const selfDeactivate = !active && userId === session.user_id;
  if (!selfDeactivate && !hasSystemPermission(server, session, 'sysconsole_write_user_management_users')) {
    throw new AppError('api.user.update_active.permissions.app_error', 'You do not have the appropriate permissions.', 403, `userId=${userId}`);
  }
  const config = server.config.get();
  if (selfDeactivate && !config.TeamSettings.EnableUserDeactivation) {
    throw new AppError('api.user.update_active.not_enable.app_error', 'You cannot deactivate yourself because this feature is not enabled. Please contact your System Administrator.', 401, `userId=${userId}`);
  }
  const user = await loadUser(server, userId);
  requireManageSystemForAdmin(server, session, user);
  if (active && isGuestRole(user.roles) && !config.GuestAccountsSettings.Enable) {
    throw new AppError(
      'api.user.update_active.cannot_enable_guest_when_guest_feature_is_disabled.app_error',
      'You cannot activate a guest account because Guest Access feature is not enabled.',
      401,
      `userId=${userId}`,
    );
  }
  await setUserActive(server, user, active);
  await audit(server, ctx, `user_id=${user.id} active=${active}`);
  // Only this endpoint announces the activation change (DELETE /users/{id} does not, as in Mattermost).
  publishActivationStatusChange(server);
  return ctx.json(200, { status: 'OK' } as never);
};
