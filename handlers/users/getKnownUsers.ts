import type { Handler } from '../../server/http/handler';
import { getKnownUserIds } from '../../db/queries/users';

export const getKnownUsers: Handler<'GetKnownUsers'> = async (ctx) => {
  return ctx.json(200, (await getKnownUserIds(ctx.server.db, ctx.session.user_id)) as never);
};
