import type { Handler } from '../../server/http/handler';
import { getUserStatus as statusOf } from '../../app/status/status';
import { resolveUserId } from '../params';

/** Anyone signed in may read a status; a user without one is offline. */
export const getUserStatus: Handler<'GetUserStatus'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  return ctx.json(200, (await statusOf(ctx.server, userId)) as never);
};
