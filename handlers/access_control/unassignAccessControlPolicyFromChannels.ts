import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { authorizeTeamScopedWrite, isSystemManager, objectBody, requirePolicyId, str } from '../../app/licensing/accessControl';
import { featureDisabled, PapErrors } from '../../app/licensing/errors';

/**
 * DELETE /access_control_policies/{policy_id}/unassign: who may unassign, then the missing PAP for the channels. Team resources are behind a
 * flag that is off; with no channel ids nothing reaches the PAP and Mattermost answers OK.
 */
export const unassignAccessControlPolicyFromChannels: Handler<'UnassignAccessControlPolicyFromChannels'> = async (ctx) => {
  requirePolicyId(ctx.params.policy_id);
  const assignments = objectBody(ctx.body, 'assignments');
  const teamIds = Array.isArray(assignments.team_ids) ? assignments.team_ids : [];
  if (teamIds.length > 0) throw featureDisabled('api.access_control_policy.team_membership.feature_disabled');
  if (!isSystemManager(ctx)) {
    await authorizeTeamScopedWrite(ctx, str(assignments.team_id));
    throw Errors.permission(MANAGE_SYSTEM);
  }
  const channelIds = Array.isArray(assignments.channel_ids) ? assignments.channel_ids : [];
  if (channelIds.length > 0) throw PapErrors.unassign();
  return ctx.json(200, { status: 'OK' } as never);
};
