import type { Handler } from '../../server/http/handler';
import { getViewRestrictions, requireTeamId } from '../../app/teams/access';
import { teamMemberCounts } from '../../db/queries/teamLists';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';

/** Active memberships, and among them the users not deactivated, as far as the caller may see. */
export const getTeamStats: Handler<'GetTeamStats'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const restrictions = await getViewRestrictions(ctx.server, ctx.session);
  const { total, active } = await teamMemberCounts(ctx.server.db, teamId, restrictions);
  return ctx.json(200, { team_id: teamId, total_member_count: total, active_member_count: active });
};
