import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { busyState } from '../../app/system/busy';

export const getServerBusyExpires: Handler<'GetServerBusyExpires'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, busyState() as never);
};
