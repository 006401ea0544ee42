import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { getCategoriesForTeam } from '../../app/sidebar/categories';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** GET /users/{user_id}/teams/{team_id}/channels/categories → {categories, order}. */
export const getSidebarCategoriesForTeamForUser: Handler<'GetSidebarCategoriesForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  return ctx.json(200, await getCategoriesForTeam(ctx.server, userId, teamId));
};
