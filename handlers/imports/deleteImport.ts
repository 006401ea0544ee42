import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { entryKey } from '../../app/system/dataDirs';

export const deleteImport: Handler<'DeleteImport'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const name = String((ctx.params as { import_name?: string }).import_name ?? '');
  const key = entryKey(ctx.server.config.get().ImportSettings.Directory, name);
  if (!key) throw Errors.invalidUrlParam('import_name');
  if (await ctx.server.files.stat(key)) await ctx.server.files.remove(key);
  return ctx.json(200, { status: 'OK' } as never);
};
