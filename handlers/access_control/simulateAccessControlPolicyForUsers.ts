import type { Handler } from '../../server/http/handler';
import { featureDisabled } from '../../app/licensing/errors';

/** POST /access_control_policies/cel/simulate_users: behind the PolicySimulation flag, off by default. */
export const simulateAccessControlPolicyForUsers: Handler<'SimulateAccessControlPolicyForUsers'> = async () => {
  throw featureDisabled('api.access_control_policy.policy_simulation.feature_disabled');
};
