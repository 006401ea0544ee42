import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { getPostsForReporting as postsForReporting, type PostReportRequest } from '../../app/reports/postReport';

/** A channel's posts for compliance export, one cursor page at a time (system admins only). */
export const getPostsForReporting: Handler<'GetPostsForReporting'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const body = (ctx.body ?? {}) as PostReportRequest;
  const result = await postsForReporting(ctx.server.db, ctx.server.config.get(), ctx.session.user_id, body);
  return ctx.json(200, result as never);
};
