import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { FIRST_ADMIN_SETUP_COMPLETE, systemFlag } from '../../app/system/systemValues';

export const getFirstAdminSetupComplete: Handler<'GetFirstAdminSetupComplete'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, (await systemFlag(ctx.server.db, FIRST_ADMIN_SETUP_COMPLETE)) as never);
};
