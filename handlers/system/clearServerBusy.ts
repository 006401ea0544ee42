import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { clearBusy } from '../../app/system/busy';
import { STATUS_OK } from './ok';

export const clearServerBusy: Handler<'ClearServerBusy'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  clearBusy();
  return ctx.json(200, STATUS_OK as never);
};
