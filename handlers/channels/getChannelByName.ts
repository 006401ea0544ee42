import type { Handler } from '../../server/http/handler';
import { channelNameNotFound, requireChannelName, requireChannelReadByName, requireTeamId } from '../../app/channels/access';
import { withChannelPropsOne } from '../../app/channels/props';
import { findChannelByNameForTeam } from '../../db/queries/channelLists';

/** GET /teams/{team_id}/channels/name/{channel_name}: private channels one may not read do not exist. */
export const getChannelByName: Handler<'GetChannelByName'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const name = requireChannelName(ctx.params.channel_name);
  const channel = await findChannelByNameForTeam(ctx.server.db, teamId, name, ctx.query.include_deleted === true);
  if (!channel) throw channelNameNotFound();
  await requireChannelReadByName(ctx.server, ctx.session, channel);
  return ctx.json(200, await withChannelPropsOne(ctx.server.db, channel));
};
