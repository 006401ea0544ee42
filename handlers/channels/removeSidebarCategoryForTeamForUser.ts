import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { requireId } from '../../app/channels/membersAccess';
import { deleteCategory, requireCategoryAccess, requireCategoryId } from '../../app/sidebar/categories';

/** DELETE /users/{user_id}/teams/{team_id}/channels/categories/{category_id}: custom categories only. */
export const removeSidebarCategoryForTeamForUser: Handler<'RemoveSidebarCategoryForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const categoryId = requireCategoryId(ctx.params.category_id);
  await requireCategoryAccess(ctx.server, ctx.session, userId, teamId, categoryId);
  await deleteCategory(ctx.server, categoryId);
  return ctx.json(200, { status: 'OK' });
};
