import type { Handler } from '../../server/http/handler';
import { toRole } from '../../app/roles/roleService';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

export const getAllRoles: Handler<'GetAllRoles'> = (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, ctx.server.roles.all().map(toRole));
};
