import type { Handler } from '../../server/http/handler';
import { requireTeamId, teamMemberMissing } from '../../app/channels/access';
import { toApiChannel } from '../../app/channels/serialize';
import { searchArchivedChannelsInTeam } from '../../db/queries/channelLists';
import { getTeamMemberRow } from '../../db/queries/teams';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS } from '../../server/permissions/permissionIds';

/** POST /teams/{team_id}/channels/search_archived: archived public channels, and archived private ones the caller is in. */
export const searchArchivedChannels: Handler<'SearchArchivedChannels'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  if (!(await hasTeamPermission(server, session, teamId, LIST_TEAM_CHANNELS))) {
    if (!(await getTeamMemberRow(server.db, teamId, session.user_id))) throw teamMemberMissing();
  }
  const rows = await searchArchivedChannelsInTeam(server.db, teamId, (ctx.body.term ?? '').trim(), session.user_id);
  return ctx.json(200, rows.map(toApiChannel));
};
