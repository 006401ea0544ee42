import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { updateAuthData } from '../../app/users/guests';
import { isAdminSession, loadUser } from '../../app/users/access';
import { resolveUserId } from '../params';

/** A system admin moves an account to another sign-in service (auth_service + auth_data). */
export const updateUserAuth: Handler<'UpdateUserAuth'> = async (ctx) => {
  const { server, session } = ctx;
  if (!isAdminSession(server, session)) throw Errors.permission('edit_other_users');
  const userId = resolveUserId(ctx.params.user_id, session);
  const body = (ctx.body ?? {}) as { auth_data?: unknown; auth_service?: unknown };
  if (typeof body.auth_data !== 'string' || body.auth_data === '' || typeof body.auth_service !== 'string' || body.auth_service === '') {
    throw new AppError('api.user.update_user_auth.invalid_request', 'The request is missing the auth_data or auth_service fields.', 400);
  }
  const user = await loadUser(server, userId);
  await updateAuthData(server, user, body.auth_service, body.auth_data);
  return ctx.json(200, { auth_data: body.auth_data, auth_service: body.auth_service } as never);
};
