import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { FIRST_ADMIN_VISIT_MARKETPLACE, systemFlag } from '../../app/system/systemValues';

export const getMarketplaceVisitedByAdmin: Handler<'GetMarketplaceVisitedByAdmin'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, (await systemFlag(ctx.server.db, FIRST_ADMIN_VISIT_MARKETPLACE)) as never);
};
