import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { isSystemManager, requirePolicyId } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/**
 * GET /access_control_policies/{policy_id}/activate (deprecated): a state change on GET, so
 * a cookie session is refused; below system admin the policy is needed (missing PAP: 403).
 */
export const updateAccessControlPolicyActiveStatus: Handler<'UpdateAccessControlPolicyActiveStatus'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  if (!ctx.hono.req.header('authorization') && !ctx.hono.req.query('access_token')) {
    throw new AppError('api.context.session_cookie_not_allowed.app_error', 'This endpoint requires header-based authentication.', 401);
  }
  if (!isSystemManager(ctx)) throw Errors.permission(MANAGE_SYSTEM);
  const active = ctx.hono.req.query('active');
  if (active !== 'true' && active !== 'false') throw Errors.invalidBodyParam('active');
  throw PapErrors.updateActive();
};
