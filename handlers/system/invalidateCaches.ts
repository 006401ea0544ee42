import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { INVALIDATE_CACHES } from '../../server/permissions/permissionIds';
import { STATUS_OK } from './ok';

export const invalidateCaches: Handler<'InvalidateCaches'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, INVALIDATE_CACHES);
  await ctx.server.roles.reload();
  ctx.hono.header('Cache-Control', 'no-cache, no-store, must-revalidate');
  return ctx.json(200, STATUS_OK as never);
};
