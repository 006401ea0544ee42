import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getTeamById } from '../../db/queries/teams';
import { requireTeamId } from '../../app/teams/access';
import { removeTeamIcon as removeIcon } from '../../app/images/profile';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

export const removeTeamIcon: Handler<'RemoveTeamIcon'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  const team = await getTeamById(ctx.server.db, teamId);
  if (!team) throw new AppError('api.team.remove_team_icon.get_team.app_error', 'An error occurred getting the team.', 400);
  await removeIcon(ctx.server, team);
  return ctx.json(200, { status: 'OK' } as never);
};
