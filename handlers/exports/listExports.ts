import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { listNames } from '../../app/system/dataDirs';

export const listExports: Handler<'ListExports'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, (await listNames(ctx.server, ctx.server.config.get().ExportSettings.Directory)) as never);
};
