import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/channels/access';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { LIST_TEAM_CHANNELS } from '../../server/permissions/permissionIds';

/**
 * GET /teams/{team_id}/channels/recommended: channels recommended by attribute-based access
 * policies, an Enterprise Advanced feature; without it Mattermost answers an empty list.
 */
export const getRecommendedChannelsForUser: Handler<'GetRecommendedChannelsForUser'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, LIST_TEAM_CHANNELS);
  return ctx.json(200, []);
};
