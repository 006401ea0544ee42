import type { Handler } from '../../server/http/handler';
import { GET_LOGS } from '../../server/permissions/permissionIds';
import { requireUnrestrictedPermission } from '../../app/system/unrestricted';
import { parseLogFilter, queryLogs as queryLogsApp } from '../../app/system/queryLogs';

/** POST /logs/query: JSON log entries by node, filtered (see app/system/queryLogs.ts). */
export const queryLogs: Handler<'QueryLogs'> = async (ctx) => {
  requireUnrestrictedPermission(ctx.server, ctx.session, GET_LOGS);
  const filter = parseLogFilter(ctx.body);
  const q = ctx.hono.req.query();
  const page = Math.max(0, Number.parseInt(q.page ?? '0', 10) || 0);
  const perPage = Math.min(10000, Math.max(1, Number.parseInt(q.logs_per_page ?? '10000', 10) || 10000));
  return ctx.json(200, (await queryLogsApp(ctx.server, page, perPage, filter)) as never);
};
