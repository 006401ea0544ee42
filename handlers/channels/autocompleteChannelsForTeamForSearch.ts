import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/channels/access';
import { toApiChannel } from '../../app/channels/serialize';
import { autocompleteChannelsForSearch } from '../../db/queries/channelLists';

/**
 * GET /teams/{team_id}/channels/search_autocomplete?name=: the caller's own channels in the team
 * and group channels matching the name, plus their direct channels by the other user's name.
 * Only channels the caller belongs to are ever returned, so no permission is asked (as Mattermost).
 */
export const autocompleteChannelsForTeamForSearch: Handler<'AutocompleteChannelsForTeamForSearch'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const rows = await autocompleteChannelsForSearch(ctx.server.db, teamId, ctx.session.user_id, (ctx.query.name ?? '').trim());
  return ctx.json(200, rows.map(toApiChannel));
};
