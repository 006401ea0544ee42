import { Readable } from 'node:stream';
import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { entryKey } from '../../app/system/dataDirs';

export const downloadExport: Handler<'DownloadExport'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const name = String((ctx.params as { export_name?: string }).export_name ?? '');
  const key = entryKey(ctx.server.config.get().ExportSettings.Directory, name);
  if (!key) throw Errors.invalidUrlParam('export_name');
  const info = await ctx.server.files.stat(key);
  if (!info) throw new AppError('api.export.export_not_found.app_error', 'Unable to find export file.', 404);
  const stream = await ctx.server.files.read(key);
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    status: 200,
    headers: { 'Content-Type': 'application/zip', 'Content-Length': String(info.size) },
  });
};
