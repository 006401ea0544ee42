import type { Handler } from '../../server/http/handler';
import { toRole } from '../../app/roles/roleService';
import { Errors } from '../../server/http/appError';
import { isValidRoleName } from './roleNames';

/** Unknown names are left out of the answer; an invalid name refuses the request. */
export const getRolesByNames: Handler<'GetRolesByNames'> = (ctx) => {
  const names = [...new Set(ctx.body.map((n) => n.trim()).filter(Boolean))];
  if (names.length === 0) throw Errors.invalidBodyParam('rolenames');
  if (!names.every(isValidRoleName)) throw Errors.invalidBodyParam('rolename');
  const roles = names.flatMap((name) => {
    const role = ctx.server.roles.getByName(name);
    return role ? [toRole(role)] : [];
  });
  return ctx.json(200, roles);
};
