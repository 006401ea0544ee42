import type { Handler } from '../../server/http/handler';
import { getUserByUsername as findByUsername } from '../../db/queries/users';
import { toApiUser } from '../../app/users/serialize';
import { AppError, Errors } from '../../server/http/appError';
import { canSeeUser, isAdminSession, viewRestrictions } from '../../app/users/access';
import { isValidUsername } from '../../app/users/validate';

export const getUserByUsername: Handler<'GetUserByUsername'> = async (ctx) => {
  const { server, session } = ctx;
  const username = ctx.params.username;
  if (!isValidUsername(username)) throw Errors.invalidUrlParam('username');
  const restrictions = await viewRestrictions(server, session);
  const row = await findByUsername(server.db, username);
  if (!row) {
    // with restrictions a missing user looks like one the caller may not see
    if (restrictions) throw Errors.permission('view_members');
    throw new AppError('app.user.get_by_username.app_error', 'Unable to find an existing account matching your username for this team. This team may require an invite from the team owner to join.', 404);
  }
  if (!(await canSeeUser(server, session, row.id, restrictions))) throw Errors.permission('view_members');
  const view = row.id === session.user_id ? 'self' : isAdminSession(server, session) ? 'admin' : 'other';
  return ctx.json(200, toApiUser(row, view, server.config.get()) as never);
};
