import type { Handler } from '../../server/http/handler';
import { getTeamsUnreadForUser as computeTeamsUnread } from '../../app/teams/unreads';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/** One's own unread counts per team (or anyone's, with manage_system); exclude_team leaves one out. */
export const getTeamsUnreadForUser: Handler<'GetTeamsUnreadForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (userId !== ctx.session.user_id && !hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  const exclude = typeof ctx.query.exclude_team === 'string' ? ctx.query.exclude_team : '';
  return ctx.json(200, await computeTeamsUnread(ctx.server.db, userId, exclude));
};
