import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { Errors } from '../../server/http/appError';
import { sessionHasPermissionToCategory, updateCategoryOrder } from '../../app/sidebar/categories';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** PUT /users/{user_id}/teams/{team_id}/channels/categories/order with every category id in the new order. */
export const updateSidebarCategoryOrderForTeamForUser: Handler<'UpdateSidebarCategoryOrderForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  for (const categoryId of ctx.body) {
    if (!(await sessionHasPermissionToCategory(ctx.server, ctx.session, userId, teamId, categoryId))) throw Errors.invalidBodyParam('category');
  }
  return ctx.json(200, await updateCategoryOrder(ctx.server, userId, teamId, ctx.body));
};
