import type { Handler } from '../../server/http/handler';
import { requireTeamId, sessionHasPermissionToUser } from '../../app/teams/access';
import { getTeamUnread as computeTeamUnread } from '../../app/teams/unreads';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { EDIT_OTHER_USERS, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

export const getTeamUnread: Handler<'GetTeamUnread'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await sessionHasPermissionToUser(ctx.server, ctx.session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  return ctx.json(200, await computeTeamUnread(ctx.server.db, teamId, userId));
};
