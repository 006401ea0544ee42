import type { Handler } from '../../server/http/handler';
import { toApiTeam } from '../../app/teams/serialize';
import { requireTeamId } from '../../app/teams/access';
import { setTeamDeleteAt } from '../../app/teams/updateTeam';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

export const restoreTeam: Handler<'RestoreTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  return ctx.json(200, toApiTeam(await setTeamDeleteAt(ctx.server, teamId, false)));
};
