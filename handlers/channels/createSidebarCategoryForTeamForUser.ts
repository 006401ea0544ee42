import type { Handler } from '../../server/http/handler';
import { resolveUserId } from '../params';
import { Errors } from '../../server/http/appError';
import { createCategory } from '../../app/sidebar/categories';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** POST /users/{user_id}/teams/{team_id}/channels/categories: a new custom category (200, as Mattermost). */
export const createSidebarCategoryForTeamForUser: Handler<'CreateSidebarCategoryForTeamForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  const body = ctx.body;
  if (body.user_id !== userId || body.team_id !== teamId) throw Errors.invalidBodyParam('category');
  return ctx.json(200, await createCategory(ctx.server, userId, teamId, body));
};
