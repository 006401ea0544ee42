import type { Handler } from '../../server/http/handler';
import { toVisibleTeams } from '../../app/teams/visibleTeams';
import { isSystemAdminSession } from '../../app/teams/access';
import { getActiveTeamsForUser } from '../../db/queries/teamLists';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { SYSCONSOLE_READ_USER_MANAGEMENT_USERS } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/** The live teams a user is in: one's own, or anyone's for those who may read users in the console. */
export const getTeamsForUser: Handler<'GetTeamsForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (userId !== ctx.session.user_id && !hasSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_USER_MANAGEMENT_USERS)) {
    throw Errors.permission(SYSCONSOLE_READ_USER_MANAGEMENT_USERS);
  }
  const hideEmail = !ctx.server.config.get().PrivacySettings.ShowEmailAddress && !isSystemAdminSession(ctx.server, ctx.session);
  const rows = await getActiveTeamsForUser(ctx.server.db, userId);
  const visible = await toVisibleTeams(ctx.server, ctx.session, rows);
  return ctx.json(200, hideEmail ? visible.map((t) => ({ ...t, email: '' })) : visible);
};
