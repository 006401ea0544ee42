import type { Handler } from '../../server/http/handler';
import { channelNameNotFound, requireChannelName, requireChannelReadByName, requireTeamName } from '../../app/channels/access';
import { withChannelPropsOne } from '../../app/channels/props';
import { findChannelByNameForTeam } from '../../db/queries/channelLists';
import { getTeamByName } from '../../db/queries/teams';
import { AppError } from '../../server/http/appError';

/** GET /teams/name/{team_name}/channels/name/{channel_name}. */
export const getChannelByNameForTeamName: Handler<'GetChannelByNameForTeamName'> = async (ctx) => {
  const teamName = requireTeamName(ctx.params.team_name);
  const name = requireChannelName(ctx.params.channel_name);
  const team = await getTeamByName(ctx.server.db, teamName);
  if (!team) throw new AppError('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.', 404);
  const channel = await findChannelByNameForTeam(ctx.server.db, team.id, name, ctx.query.include_deleted === true);
  if (!channel) throw channelNameNotFound();
  await requireChannelReadByName(ctx.server, ctx.session, channel);
  return ctx.json(200, await withChannelPropsOne(ctx.server.db, channel));
};
