import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/** Support packets need a licence; Team Edition refuses them after the admin check. */
export const generateSupportPacket: Handler<'GenerateSupportPacket'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  throw new AppError('api.no_license', 'E10 or E20 license required to use this endpoint.', 403);
};
