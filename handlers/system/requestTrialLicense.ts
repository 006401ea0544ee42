import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_LICENSE_INFORMATION } from '../../server/permissions/permissionIds';
import { upgradeNeeded } from './licence';

export const requestTrialLicense: Handler<'RequestTrialLicense'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_LICENSE_INFORMATION);
  throw upgradeNeeded();
};
