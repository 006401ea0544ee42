import type { Handler } from '../../server/http/handler';
import { getUserById } from '../../db/queries/users';
import { toApiUser } from '../../app/users/serialize';
import { Errors } from '../../server/http/appError';
import { canSeeUser, isAdminSession, missingAccount } from '../../app/users/access';
import { resolveUserId } from '../params';

export const getUser: Handler<'GetUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canSeeUser(ctx.server, ctx.session, userId))) throw Errors.permission('view_members');
  const row = await getUserById(ctx.server.db, userId);
  if (!row) throw missingAccount();
  const self = userId === ctx.session.user_id;
  const view = self ? 'self' : isAdminSession(ctx.server, ctx.session) ? 'admin' : 'other';
  return ctx.json(200, toApiUser(row, view, ctx.server.config.get()) as never);
};
