import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getTeamById } from '../../db/queries/teams';
import { requireTeamId } from '../../app/teams/access';
import { setTeamIcon as setIcon } from '../../app/images/profile';
import { readImageUpload, uploadErrors } from '../../app/images/upload';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

const ERRORS = uploadErrors('api.team.set_team_icon', 'team icon');

/** POST /teams/{id}/image: multipart `image`; the team's members get `update_team`. */
export const setTeamIcon: Handler<'SetTeamIcon'> = async (ctx) => {
  const { server } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(server, ctx.session, teamId, MANAGE_TEAM);
  const image = await readImageUpload(server, ctx.hono.req.raw, ERRORS);
  const team = await getTeamById(server.db, teamId);
  if (!team) throw new AppError('api.team.set_team_icon.get_team.app_error', 'An error occurred getting the team.', 400);
  await setIcon(server, team, image);
  return ctx.json(200, { status: 'OK' } as never);
};
