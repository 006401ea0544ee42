import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { canEditUser, loadUser } from '../../app/users/access';
import { setDefaultProfileImage as setDefault } from '../../app/images/profile';
import { resolveUserId } from '../params';
import { getUserById } from '../../db/queries/users';
import { publishProfileImageUpdated } from '../../app/users/events';

export const setDefaultProfileImage: Handler<'SetDefaultProfileImage'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canEditUser(ctx.server, ctx.session, userId))) throw Errors.permission('edit_other_users');
  const user = await loadUser(ctx.server, userId);
  await setDefault(ctx.server, user);
  const updated = await getUserById(ctx.server.db, user.id);
  if (updated) publishProfileImageUpdated(ctx.server, updated);
  return ctx.json(200, { status: 'OK' } as never);
};
