import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireEditUser } from '../../app/users/access';
import { getUserStatus, setManualStatus } from '../../app/status/status';
import { resolveUserId } from '../params';

const STATUSES = new Set(['online', 'offline', 'away', 'dnd']);

export const updateUserStatus: Handler<'UpdateUserStatus'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const body = (ctx.body ?? {}) as { user_id?: unknown; status?: unknown; dnd_end_time?: unknown };
  if (body.user_id !== userId) throw Errors.invalidBodyParam('user_id');
  await requireEditUser(server, session, userId);
  if (typeof body.status !== 'string' || !STATUSES.has(body.status)) throw Errors.invalidBodyParam('status');
  const end = typeof body.dnd_end_time === 'number' && Number.isFinite(body.dnd_end_time) ? Math.floor(body.dnd_end_time) : 0;
  await setManualStatus(server, userId, body.status, end);
  return ctx.json(200, (await getUserStatus(server, userId)) as never);
};
