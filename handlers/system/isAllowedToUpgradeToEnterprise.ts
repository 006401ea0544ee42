import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { cannotUpgrade } from './enterpriseUpgrade';

/** GET /upgrade_to_enterprise/allowed: never, see enterpriseUpgrade.ts. */
export const isAllowedToUpgradeToEnterprise: Handler<'IsAllowedToUpgradeToEnterprise'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  throw cannotUpgrade();
};
