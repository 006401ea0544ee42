import type { Handler } from '../../server/http/handler';
import { requireTeamId, teamMemberMissing } from '../../app/channels/access';
import { toApiChannel } from '../../app/channels/serialize';
import { searchMemberPublicChannelsInTeam, searchPublicChannelsInTeam } from '../../db/queries/channelLists';
import { getTeamMemberRow } from '../../db/queries/teams';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS } from '../../server/permissions/permissionIds';

/**
 * POST /teams/{team_id}/channels/search: public channels of the team (archived included);
 * members without list_team_channels (guests) only get the public channels they belong to.
 */
export const searchChannels: Handler<'SearchChannels'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  const term = (ctx.body.term ?? '').trim();
  let rows;
  if (await hasTeamPermission(server, session, teamId, LIST_TEAM_CHANNELS)) {
    rows = await searchPublicChannelsInTeam(server.db, teamId, term, true);
  } else {
    if (!(await getTeamMemberRow(server.db, teamId, session.user_id))) throw teamMemberMissing();
    rows = await searchMemberPublicChannelsInTeam(server.db, session.user_id, teamId, term, true);
  }
  return ctx.json(200, rows.map(toApiChannel));
};
