import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { AppError, Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isValidUserRoles, requiresLicenseForRoles, updateUserRoles as setRoles } from '../../app/users/update';
import { resolveUserId } from '../params';

export const updateUserRoles: Handler<'UpdateUserRoles'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const roles = (ctx.body as { roles?: unknown } | undefined)?.roles;
  if (typeof roles !== 'string' || !isValidUserRoles(roles)) throw Errors.invalidBodyParam('roles');
  if (requiresLicenseForRoles(roles)) {
    throw new AppError('api.user.update_user_roles.license.app_error', 'Custom permission schemes not supported by current license', 400);
  }
  if (!hasSystemPermission(server, session, 'manage_roles')) throw Errors.permission('manage_roles');
  const user = await getUserById(server.db, userId);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 400);
  await setRoles(server, user, roles);
  await audit(server, ctx, `user=${userId} roles=${roles}`);
  return ctx.json(200, { status: 'OK' } as never);
};
