import type { Handler } from '../../server/http/handler';
import { getUserById } from '../../db/queries/users';
import { toApiUser } from '../../app/users/serialize';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { resolveUserId } from '../params';

export const getUser: Handler<'GetUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const self = userId === ctx.session.user_id;
  if (!self && !hasSystemPermission(ctx.server, ctx.session, 'view_members')) throw Errors.permission('view_members');
  const row = await getUserById(ctx.server.db, userId);
  if (!row) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const view = self ? 'self' : hasSystemPermission(ctx.server, ctx.session, 'manage_system') ? 'admin' : 'other';
  return ctx.json(200, toApiUser(row, view, ctx.server.config.get()) as never);
};
