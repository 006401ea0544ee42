import type { Handler } from '../../server/http/handler';
import { isSessionGuest, requireTeamId } from '../../app/channels/access';
import { toApiChannel } from '../../app/channels/serialize';
import { autocompleteChannelsInTeam } from '../../db/queries/channelLists';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS } from '../../server/permissions/permissionIds';

/**
 * GET /teams/{team_id}/channels/autocomplete?name=: the team's channels matching the name that
 * the caller may see (public ones and private ones they belong to; guests only their own).
 */
export const autocompleteChannelsForTeam: Handler<'AutocompleteChannelsForTeam'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(server, session, teamId, LIST_TEAM_CHANNELS);
  const rows = await autocompleteChannelsInTeam(server.db, teamId, session.user_id, (ctx.query.name ?? '').trim(), isSessionGuest(session));
  return ctx.json(200, rows.map(toApiChannel));
};
