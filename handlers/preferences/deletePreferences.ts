import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireEditUser } from '../../app/users/access';
import { remove, type PreferenceInput } from '../../app/preferences/preferences';
import { resolveUserId } from '../params';

export const deletePreferences: Handler<'DeletePreferences'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  const body = ctx.body as unknown;
  if (!Array.isArray(body) || !body.every((p) => p && typeof p === 'object')) throw Errors.invalidBodyParam('preferences');
  await remove(ctx.server, userId, body as PreferenceInput[]);
  return ctx.json(200, { status: 'OK' } as never);
};
