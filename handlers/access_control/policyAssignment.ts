import { Errors } from '../../server/http/appError';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { authorizeTeamScopedWrite, isSystemManager, objectBody, requirePolicyId, str, type AcContext } from '../../app/licensing/accessControl';
import { featureDisabled, PapErrors } from '../../app/licensing/errors';

/**
 * Assigning a policy to channels and unassigning it: who may, then the missing PAP for the
 * channels (thrown). Team resources are behind a flag that is off; with no channel ids nothing
 * reaches the PAP, and the caller answers OK as Mattermost does.
 */
export async function checkPolicyAssignment(ctx: AcContext & { params: { policy_id: string }; body: unknown }, refusal: 'assign' | 'unassign'): Promise<void> {
  requirePolicyId(ctx.params.policy_id);
  const assignments = objectBody(ctx.body, 'assignments');
  const teamIds = Array.isArray(assignments.team_ids) ? assignments.team_ids : [];
  if (teamIds.length > 0) throw featureDisabled('api.access_control_policy.team_membership.feature_disabled');
  if (!isSystemManager(ctx)) {
    await authorizeTeamScopedWrite(ctx, str(assignments.team_id));
    throw Errors.permission(MANAGE_SYSTEM);
  }
  const channelIds = Array.isArray(assignments.channel_ids) ? assignments.channel_ids : [];
  if (channelIds.length > 0) throw PapErrors[refusal]();
}
