import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireEditUser } from '../../app/users/access';
import { getCategory } from '../../app/preferences/preferences';
import { resolveUserId } from '../params';

/** Mattermost routes only [A-Za-z0-9_] categories and names here. */
export const PREFERENCE_PATH_PART = /^[A-Za-z0-9_]+$/;

export const getPreferencesByCategory: Handler<'GetPreferencesByCategory'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!PREFERENCE_PATH_PART.test(ctx.params.category)) throw Errors.invalidUrlParam('category');
  await requireEditUser(ctx.server, ctx.session, userId);
  return ctx.json(200, (await getCategory(ctx.server, userId, ctx.params.category)) as never);
};
