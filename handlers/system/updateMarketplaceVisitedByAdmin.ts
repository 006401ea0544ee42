import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { FIRST_ADMIN_VISIT_MARKETPLACE, setSystemValue } from '../../app/system/systemValues';
import { STATUS_OK } from './ok';

export const updateMarketplaceVisitedByAdmin: Handler<'UpdateMarketplaceVisitedByAdmin'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  await setSystemValue(ctx.server.db, FIRST_ADMIN_VISIT_MARKETPLACE, 'true');
  return ctx.json(200, STATUS_OK as never);
};
