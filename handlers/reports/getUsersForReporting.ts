import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { SYSCONSOLE_READ_USER_MANAGEMENT_USERS } from '../../server/permissions/permissionIds';
import { getUserReportPage } from '../../db/queries/reports';
import { toUserReport, userReportPage } from '../../app/reports/userReport';

/** One keyset page of the System Console user report. */
export const getUsersForReporting: Handler<'GetUsersForReporting'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_USER_MANAGEMENT_USERS);
  const page = userReportPage(ctx.query as Record<string, unknown>);
  const rows = await getUserReportPage(ctx.server.db, page);
  const config = ctx.server.config.get();
  return ctx.json(200, rows.map((r) => toUserReport(r, config)) as never);
};
