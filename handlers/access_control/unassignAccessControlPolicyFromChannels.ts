import type { Handler } from '../../server/http/handler';
import { checkPolicyAssignment } from './policyAssignment';

/** DELETE /access_control_policies/{policy_id}/unassign (see checkPolicyAssignment). */
export const unassignAccessControlPolicyFromChannels: Handler<'UnassignAccessControlPolicyFromChannels'> = async (ctx) => {
  await checkPolicyAssignment(ctx, 'unassign');
  return ctx.json(200, { status: 'OK' } as never);
};
