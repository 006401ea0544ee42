import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_LICENSE_INFORMATION } from '../../server/permissions/permissionIds';
import { STATUS_OK } from './ok';

/** There is never a licence to remove here; Mattermost answers OK in that case. */
export const removeLicenseFile: Handler<'RemoveLicenseFile'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_LICENSE_INFORMATION);
  return ctx.json(200 as never, STATUS_OK as never);
};
