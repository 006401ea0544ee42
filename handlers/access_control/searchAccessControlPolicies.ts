import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { requireTeamPermission, requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM, MANAGE_TEAM_ACCESS_RULES } from '../../server/permissions/permissionIds';
import { objectBody, str } from '../../app/licensing/accessControl';
import { featureDisabled, PapErrors } from '../../app/licensing/errors';

/** POST /access_control_policies/search: team-scoped (manage_team_access_rules) or system-wide (manage_system), then the missing PAP. */
export const searchAccessControlPolicies: Handler<'SearchAccessControlPolicies'> = async (ctx) => {
  const props = objectBody(ctx.body, 'access_control_policy_search');
  const teamId = str(props.team_id);
  if (teamId !== '') {
    if (!isValidId(teamId)) throw Errors.invalidBodyParam('team_id');
    await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ACCESS_RULES);
  } else {
    if (props.type === 'permission') throw featureDisabled('api.access_control_policy.permission_policies.feature_disabled');
    requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  }
  throw PapErrors.searchPolicies();
};
