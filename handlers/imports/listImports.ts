import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { listNames } from '../../app/system/dataDirs';

/** Import files in ImportSettings.Directory, without uploads still in progress (`.tmp`). */
export const listImports: Handler<'ListImports'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const names = await listNames(ctx.server, ctx.server.config.get().ImportSettings.Directory);
  return ctx.json(200, names.filter((n) => !n.endsWith('.tmp')) as never);
};
