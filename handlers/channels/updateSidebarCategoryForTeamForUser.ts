import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { requireId } from '../../app/channels/membersAccess';
import { Errors } from '../../server/http/appError';
import { requireCategoryAccess, requireCategoryId, updateCategories } from '../../app/sidebar/categories';

/** PUT /users/{user_id}/teams/{team_id}/channels/categories/{category_id}. */
export const updateSidebarCategoryForTeamForUser: Handler<'UpdateSidebarCategoryForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const categoryId = requireCategoryId(ctx.params.category_id);
  await requireCategoryAccess(ctx.server, ctx.session, userId, teamId, categoryId);
  const body = ctx.body;
  if (body.team_id !== teamId || body.user_id !== userId) throw Errors.invalidBodyParam('category');
  const [updated] = await updateCategories(ctx.server, userId, teamId, [{ ...body, id: categoryId }]);
  return ctx.json(200, updated);
};
