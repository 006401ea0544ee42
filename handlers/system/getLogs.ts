import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { GET_LOGS } from '../../server/permissions/permissionIds';
import { pageLogLines, readLogFile } from '../../app/system/logs';

/** GET /logs: lines of the server log file; with file logging off, Mattermost answers [""]. */
export const getLogs: Handler<'GetLogs'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, GET_LOGS);
  const config = ctx.server.config.get();
  if (!config.LogSettings.EnableFile) return ctx.json(200, [''] as never);
  const data = await readLogFile(config);
  if (!data) throw new AppError('api.admin.file_read_error', 'Error reading log file.', 500);
  const q = ctx.query as { page?: number | string; logs_per_page?: number | string };
  const page = Math.max(0, Number(q.page ?? 0) || 0);
  const perPage = Math.min(10000, Math.max(1, Number(q.logs_per_page ?? 10000) || 10000));
  return ctx.json(200, pageLogLines(data.toString('utf8'), page, perPage) as never);
};
