import type { Handler } from '../../server/http/handler';
import { toRole } from '../../app/roles/roleService';
import { AppError, Errors } from '../../server/http/appError';
import { isValidRoleName } from './roleNames';

export const getRoleByName: Handler<'GetRoleByName'> = (ctx) => {
  if (!isValidRoleName(ctx.params.role_name)) throw Errors.invalidUrlParam('role_name');
  const role = ctx.server.roles.getByName(ctx.params.role_name);
  if (!role) throw new AppError('app.role.get_by_name.app_error', 'Unable to get role.', 404);
  return ctx.json(200, toRole(role));
};
