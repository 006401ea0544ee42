import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_CHANNEL_ACCESS_RULES, MANAGE_TEAM_ACCESS_RULES } from '../../server/permissions/permissionIds';
import { isSystemManager, objectBody, str } from '../../app/licensing/accessControl';
import { PapErrors } from '../../app/licensing/errors';

/**
 * PUT /access_control_policies/activate: below system admin each entry needs its policy
 * (missing PAP) or a managed `team_id`; then the update itself needs the PAP.
 */
export const updateAccessControlPoliciesActive: Handler<'UpdateAccessControlPoliciesActive'> = async (ctx) => {
  const request = objectBody(ctx.body, 'request');
  const entries = Array.isArray(request.entries) ? request.entries : [];
  if (entries.length > 0 && !isSystemManager(ctx)) {
    const teamId = str(request.team_id);
    if (isValidId(teamId) && (await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES))) throw PapErrors.getPolicy();
    throw Errors.permission(MANAGE_CHANNEL_ACCESS_RULES);
  }
  throw PapErrors.updateActive();
};
