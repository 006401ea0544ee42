import type { Handler } from '../../server/http/handler';
import { loadUser, requireEditUser } from '../../app/users/access';
import { unsetCustomStatus } from '../../app/status/customStatus';
import { resolveUserId } from '../params';
import { customStatusesDisabled } from './updateUserCustomStatus';

export const unsetUserCustomStatus: Handler<'UnsetUserCustomStatus'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!server.config.get().TeamSettings.EnableCustomUserStatuses) throw customStatusesDisabled();
  await requireEditUser(server, session, userId);
  await unsetCustomStatus(server, await loadUser(server, userId));
  return ctx.json(200, { status: 'OK' } as never);
};
