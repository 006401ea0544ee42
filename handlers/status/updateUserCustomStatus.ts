import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { loadUser, requireEditUser } from '../../app/users/access';
import { normalizeCustomStatus, setCustomStatus, type CustomStatusInput } from '../../app/status/customStatus';
import { resolveUserId } from '../params';

export function customStatusesDisabled(): AppError {
  return new AppError('api.custom_status.disabled', 'Custom status feature has been disabled. Please contact your system administrator for details.', 501);
}

export const updateUserCustomStatus: Handler<'UpdateUserCustomStatus'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!server.config.get().TeamSettings.EnableCustomUserStatuses) throw customStatusesDisabled();
  const cs = normalizeCustomStatus((ctx.body ?? {}) as CustomStatusInput);
  await requireEditUser(server, session, userId);
  await setCustomStatus(server, await loadUser(server, userId), cs);
  return ctx.json(200, { status: 'OK' } as never);
};
