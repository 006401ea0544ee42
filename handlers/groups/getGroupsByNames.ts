import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * POST /groups/names: the groups with these names, seen through the caller's view
 * restrictions. No licence is checked; on Team Edition no group can be created (custom and
 * LDAP groups need a licence), so no name matches.
 */
export const getGroupsByNames: Handler<'GetGroupsByNames'> = async (ctx) => {
  const names = ctx.body as unknown;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
    throw new AppError('api.payload.parse.error', 'Could not parse the payload.', 400);
  }
  return ctx.json(200, [] as never);
};
