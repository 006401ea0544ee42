import type { Handler } from '../../server/http/handler';
import { toRole } from '../../app/roles/roleService';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export const getRole: Handler<'GetRole'> = (ctx) => {
  if (!isValidId(ctx.params.role_id)) throw Errors.invalidUrlParam('role_id');
  const role = ctx.server.roles.getById(ctx.params.role_id);
  if (!role) throw new AppError('app.role.get.app_error', 'Unable to get role.', 404);
  return ctx.json(200, toRole(role));
};
