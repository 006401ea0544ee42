import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { entryKey } from '../../app/system/dataDirs';

/** Deleting an export that is not there is not an error, as in Mattermost. */
export const deleteExport: Handler<'DeleteExport'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const name = String((ctx.params as { export_name?: string }).export_name ?? '');
  const key = entryKey(ctx.server.config.get().ExportSettings.Directory, name);
  if (!key) throw Errors.invalidUrlParam('export_name');
  if (await ctx.server.files.stat(key)) await ctx.server.files.remove(key);
  return ctx.json(200, { status: 'OK' } as never);
};
