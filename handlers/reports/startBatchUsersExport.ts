import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { userReportFilter } from '../../app/reports/userReport';

/**
 * The CSV export job needs a Professional or Enterprise licence: after the permission and the
 * filters are checked, an unlicensed server refuses it with Mattermost's 400.
 */
export const startBatchUsersExport: Handler<'StartBatchUsersExport'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  userReportFilter(ctx.query as Record<string, unknown>);
  throw new AppError('app.report.start_users_batch_export.license_error', 'Batch user exports need a Professional or Enterprise license.', 400);
};
