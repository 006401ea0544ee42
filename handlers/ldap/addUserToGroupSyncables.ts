import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { refuse, perm } from '../../app/licensing/refuse';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { getUserById } from '../../db/queries/users';
import { missingAccount } from '../../app/users/access';

/**
 * Adds an LDAP user to the teams and channels their groups are linked to. Only LDAP users
 * qualify; without a licence no group is ever linked, so there is nothing to add.
 */
export const addUserToGroupSyncables: Handler<'AddUserToGroupSyncables'> = async (ctx) => {
  const permission = 'sysconsole_write_user_management_groups';
  if (!hasSystemPermission(ctx.server, ctx.session, permission)) refuse(ctx, perm(permission));
  const user = await getUserById(ctx.server.db, ctx.params.user_id);
  if (!user) throw missingAccount();
  if (user.authService !== 'ldap') {
    throw new AppError('api.user.add_user_to_group_syncables.not_ldap_user.app_error', 'User is not an LDAP user.', 400);
  }
  return ctx.json(200, { status: 'OK' } as never);
};
