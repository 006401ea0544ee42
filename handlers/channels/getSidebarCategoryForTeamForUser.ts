import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { requireId } from '../../app/channels/membersAccess';
import { getCategory, requireCategoryAccess, requireCategoryId } from '../../app/sidebar/categories';

/** GET /users/{user_id}/teams/{team_id}/channels/categories/{category_id}. */
export const getSidebarCategoryForTeamForUser: Handler<'GetSidebarCategoryForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const categoryId = requireCategoryId(ctx.params.category_id);
  await requireCategoryAccess(ctx.server, ctx.session, userId, teamId, categoryId);
  return ctx.json(200, await getCategory(ctx.server, categoryId));
};
