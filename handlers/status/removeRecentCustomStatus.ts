import type { Handler } from '../../server/http/handler';
import type { RequestContext } from '../../server/http/handler';
import { requireEditUser } from '../../app/users/access';
import { decodeCustomStatus, removeRecentCustomStatus as remove, type CustomStatusInput } from '../../app/status/customStatus';
import { resolveUserId } from '../params';
import { customStatusesDisabled } from './updateUserCustomStatus';

/** Both routes (DELETE and POST .../recent/delete) remove one of the recent custom statuses. */
export async function removeRecent(ctx: RequestContext<'RemoveRecentCustomStatus'> | RequestContext<'PostUserRecentCustomStatusDelete'>): Promise<void> {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!server.config.get().TeamSettings.EnableCustomUserStatuses) throw customStatusesDisabled();
  const cs = decodeCustomStatus((ctx.body ?? {}) as CustomStatusInput);
  await requireEditUser(server, session, userId);
  await remove(server, userId, cs);
}

export const removeRecentCustomStatus: Handler<'RemoveRecentCustomStatus'> = async (ctx) => {
  await removeRecent(ctx);
  return ctx.json(200, { status: 'OK' } as never);
};
