import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { SYSCONSOLE_READ_USER_MANAGEMENT_USERS } from '../../server/permissions/permissionIds';
import { countUsersForReport } from '../../db/queries/reports';
import { userReportFilter } from '../../app/reports/userReport';

/** How many users the report's filters select (a bare JSON number). */
export const getUserCountForReporting: Handler<'GetUserCountForReporting'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_USER_MANAGEMENT_USERS);
  const filter = userReportFilter(ctx.query as Record<string, unknown>);
  return ctx.json(200, await countUsersForReport(ctx.server.db, filter));
};
