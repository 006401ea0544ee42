import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { GET_LOGS } from '../../server/permissions/permissionIds';
import { LOG_FILENAME, readLogFile } from '../../app/system/logs';

export const downloadSystemLogs: Handler<'DownloadSystemLogs'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, GET_LOGS);
  const data = await readLogFile(ctx.server.config.get());
  if (!data) {
    throw new AppError('api.system.logs.download_bytes_buffer.app_error', 'Unable to write log data to byte buffer.', 500);
  }
  return new Response(new Uint8Array(data), {
    status: 200,
    headers: { 'Content-Type': 'text/plain', 'Content-Disposition': `attachment;filename="${LOG_FILENAME}"` },
  });
};
