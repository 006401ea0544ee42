import type { Handler } from '../../server/http/handler';
import { requireEditUser } from '../../app/users/access';
import { getAll } from '../../app/preferences/preferences';
import { resolveUserId } from '../params';

export const getPreferences: Handler<'GetPreferences'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  return ctx.json(200, (await getAll(ctx.server, userId)) as never);
};
