import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isGuestRole, loadUser } from '../../app/users/access';
import { promoteGuest } from '../../app/users/guests';
import { resolveUserId } from '../params';

export const promoteGuestToUser: Handler<'PromoteGuestToUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!hasSystemPermission(server, session, 'promote_guest')) throw Errors.permission('promote_guest');
  const user = await loadUser(server, userId);
  if (!isGuestRole(user.roles)) {
    throw new AppError('api.user.promote_guest_to_user.no_guest.app_error', 'Unable to convert a non-guest user to a regular user because it is not a guest.', 501);
  }
  await promoteGuest(server, user);
  return ctx.json(200, { status: 'OK' } as never);
};
