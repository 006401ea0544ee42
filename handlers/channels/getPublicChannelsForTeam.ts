import type { Handler } from '../../server/http/handler';
import { paging, requireTeamId } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import { listTeamChannelsOfType } from '../../db/queries/channelLists';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS } from '../../server/permissions/permissionIds';

/** GET /teams/{team_id}/channels: the team's public channels, by display name. */
export const getPublicChannelsForTeam: Handler<'GetPublicChannelsForTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, LIST_TEAM_CHANNELS);
  const { offset, perPage } = paging(ctx.query);
  const rows = await listTeamChannelsOfType(ctx.server.db, teamId, 'O', offset, perPage);
  return ctx.json(200, await withChannelProps(ctx.server.db, rows));
};
