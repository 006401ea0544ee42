import type { Handler } from '../../server/http/handler';
import { paging, requireTeamId } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import { listTeamChannelsOfType } from '../../db/queries/channelLists';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/** GET /teams/{team_id}/channels/private: every private channel of the team, for system admins. */
export const getPrivateChannelsForTeam: Handler<'GetPrivateChannelsForTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const { offset, perPage } = paging(ctx.query);
  const rows = await listTeamChannelsOfType(ctx.server.db, teamId, 'P', offset, perPage);
  return ctx.json(200, await withChannelProps(ctx.server.db, rows));
};
