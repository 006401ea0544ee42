import type { Handler } from '../../server/http/handler';
import { checkPolicyAssignment } from './policyAssignment';

/** POST /access_control_policies/{policy_id}/assign (see checkPolicyAssignment). */
export const assignAccessControlPolicyToChannels: Handler<'AssignAccessControlPolicyToChannels'> = async (ctx) => {
  await checkPolicyAssignment(ctx, 'assign');
  return ctx.json(200, { status: 'OK' } as never);
};
