import type { Handler } from '../../server/http/handler';
import { countUsersFiltered } from '../../db/queries/users';
import { viewRestrictions } from '../../app/users/access';

/** The number of active accounts (bots included) the caller may see. */
export const getTotalUsersStats: Handler<'GetTotalUsersStats'> = async (ctx) => {
  const restrictions = await viewRestrictions(ctx.server, ctx.session);
  const total = await countUsersFiltered(ctx.server.db, { restrictions, includeBots: true });
  return ctx.json(200, { total_users_count: total } as never);
};
