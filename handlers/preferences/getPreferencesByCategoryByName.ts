import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireEditUser } from '../../app/users/access';
import { getOne } from '../../app/preferences/preferences';
import { resolveUserId } from '../params';
import { PREFERENCE_PATH_PART } from './getPreferencesByCategory';

export const getPreferencesByCategoryByName: Handler<'GetPreferencesByCategoryByName'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!PREFERENCE_PATH_PART.test(ctx.params.category)) throw Errors.invalidUrlParam('category');
  if (!PREFERENCE_PATH_PART.test(ctx.params.preference_name)) throw Errors.invalidUrlParam('preference_name');
  await requireEditUser(ctx.server, ctx.session, userId);
  return ctx.json(200, (await getOne(ctx.server, userId, ctx.params.category, ctx.params.preference_name)) as never);
};
