import type { Handler } from '../../server/http/handler';
import { paging, requireTeamId } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import { listDeletedChannels } from '../../db/queries/channelLists';
import { hasSystemPermission, requireTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS, MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/**
 * GET /teams/{team_id}/channels/deleted: archived public channels, and archived private ones the
 * caller belongs to (system admins see them all).
 */
export const getDeletedChannelsForTeam: Handler<'GetDeletedChannelsForTeam'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(server, session, teamId, LIST_TEAM_CHANNELS);
  const skipMembershipCheck = hasSystemPermission(server, session, MANAGE_SYSTEM);
  const { offset, perPage } = paging(ctx.query);
  const rows = await listDeletedChannels(server.db, teamId, session.user_id, skipMembershipCheck, offset, perPage);
  return ctx.json(200, await withChannelProps(server.db, rows));
};
