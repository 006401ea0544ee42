import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { Errors } from '../../server/http/appError';
import { sessionHasPermissionToCategory, updateCategories } from '../../app/sidebar/categories';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** PUT /users/{user_id}/teams/{team_id}/channels/categories: updates several categories at once (channel moves). */
export const updateSidebarCategoriesForTeamForUser: Handler<'UpdateSidebarCategoriesForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  for (const category of ctx.body) {
    if (!(await sessionHasPermissionToCategory(ctx.server, ctx.session, userId, teamId, category.id ?? ''))) throw Errors.invalidBodyParam('category');
  }
  const updates = ctx.body.map((c) => ({ ...c, id: c.id ?? '' }));
  return ctx.json(200, await updateCategories(ctx.server, userId, teamId, updates));
};
