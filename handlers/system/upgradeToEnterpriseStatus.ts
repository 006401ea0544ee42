import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/** No upgrade is ever in progress on this server. */
export const upgradeToEnterpriseStatus: Handler<'UpgradeToEnterpriseStatus'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, { percentage: 0, error: null } as never);
};
