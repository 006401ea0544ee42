import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getStatusesByIds } from '../../app/status/status';

export const getUsersStatusesByIds: Handler<'GetUsersStatusesByIds'> = async (ctx) => {
  const ids = ctx.body as unknown;
  if (!Array.isArray(ids) || ids.length === 0) throw Errors.invalidBodyParam('user_ids');
  for (const id of ids) if (typeof id !== 'string' || id.length !== 26) throw Errors.invalidBodyParam('user_ids');
  return ctx.json(200, (await getStatusesByIds(ctx.server, [...new Set(ids as string[])])) as never);
};
