import type { Handler } from '../../server/http/handler';
import { authorizePolicyAccess, requirePolicyId } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/** GET /access_control_policies/{policy_id}: who may read it, then the missing PAP. */
export const getAccessControlPolicy: Handler<'GetAccessControlPolicy'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  await authorizePolicyAccess(ctx, ctx.hono.req.query('team_id') ?? '');
  throw PapErrors.getPolicy();
};
