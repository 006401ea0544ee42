import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { cannotUpgrade } from './enterpriseUpgrade';

/** POST /upgrade_to_enterprise: there is no Enterprise build of this server to switch to. */
export const upgradeToEnterprise: Handler<'UpgradeToEnterprise'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  throw cannotUpgrade();
};
