import type { Handler } from '../../server/http/handler';
import { getTeamByInviteId } from '../../db/queries/teamLists';
import { AppError, Errors } from '../../server/http/appError';

export const inviteNotFound = () => new AppError('app.team.get_by_invite_id.finding.app_error', 'Unable to find the existing team.', 404);

/** Public: the name and description of the open team an invite link points at. */
export const getTeamInviteInfo: Handler<'GetTeamInviteInfo'> = async (ctx) => {
  const inviteId = ctx.params.invite_id;
  if (!inviteId) throw Errors.invalidUrlParam('invite_id');
  // Mattermost's route only takes [A-Za-z0-9]+ here: anything else is an unknown route.
  if (!/^[A-Za-z0-9]+$/.test(inviteId)) throw Errors.notFound();
  const team = await getTeamByInviteId(ctx.server.db, inviteId);
  if (!team) throw inviteNotFound();
  if (team.type !== 'O') throw new AppError('api.team.get_invite_info.not_open_team', "Invite is invalid because this is not an open team.", 403, `id=${inviteId}`);
  return ctx.json(200, { display_name: team.displayName, description: team.description, name: team.name, id: team.id });
};
