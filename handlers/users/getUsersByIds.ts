import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getUsersByIds as findByIds, restrictionCondition } from '../../db/queries/users';
import { isAdminSession, viewRestrictions } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';

export const getUsersByIds: Handler<'GetUsersByIds'> = async (ctx) => {
  const { server, session } = ctx;
  const ids = ctx.body as unknown;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) throw Errors.invalidBodyParam('user_ids');
  const q = ctx.query as { since?: unknown };
  let since: number | undefined;
  if (q.since !== undefined) {
    since = Number(q.since);
    if (!Number.isInteger(since)) throw Errors.invalidBodyParam('since');
  }
  const restrictions = await viewRestrictions(server, session);
  const rows = await findByIds(server.db, [...new Set(ids as string[])], { since, restrict: restrictionCondition(restrictions) });
  return ctx.json(200, toApiProfiles(rows, isAdminSession(server, session), server.config.get()) as never);
};
