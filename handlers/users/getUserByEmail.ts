import type { Handler } from '../../server/http/handler';
import { getUserByEmail as findByEmail } from '../../db/queries/users';
import { toApiUser } from '../../app/users/serialize';
import { AppError, Errors } from '../../server/http/appError';
import { canSeeUser, isAdminSession, missingAccount, viewRestrictions } from '../../app/users/access';
import { isValidEmail } from '../../app/users/validate';

export const getUserByEmail: Handler<'GetUserByEmail'> = async (ctx) => {
  const { server, session } = ctx;
  const email = ctx.params.email;
  if (!isValidEmail(email)) throw Errors.invalidUrlParam('email');
  const asAdmin = isAdminSession(server, session);
  // looking a user up by email is itself the disclosure ShowEmailAddress forbids
  if (!asAdmin && !server.config.get().PrivacySettings.ShowEmailAddress) {
    throw new AppError('api.user.get_user_by_email.permissions.app_error', 'Unable to get user by email.', 403, `userId=${session.user_id}`);
  }
  const restrictions = await viewRestrictions(server, session);
  const row = await findByEmail(server.db, email);
  if (!row) {
    if (restrictions) throw Errors.permission('view_members');
    throw missingAccount();
  }
  if (!(await canSeeUser(server, session, row.id, restrictions))) throw Errors.permission('view_members');
  return ctx.json(200, toApiUser(row, asAdmin ? 'admin' : 'other', server.config.get()) as never);
};
