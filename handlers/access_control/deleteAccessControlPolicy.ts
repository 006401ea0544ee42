import type { Handler } from '../../server/http/handler';
import { authorizeTeamScopedWrite, requirePolicyId } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/** DELETE /access_control_policies/{policy_id}: who may delete it, then the missing PAP. */
export const deleteAccessControlPolicy: Handler<'DeleteAccessControlPolicy'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  await authorizeTeamScopedWrite(ctx, ctx.hono.req.query('team_id') ?? '');
  throw PapErrors.deletePolicy();
};
