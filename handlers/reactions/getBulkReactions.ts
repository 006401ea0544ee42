import type { Handler } from '../../server/http/handler';
import { getBulkReactions as read } from '../../app/reactions/reactions';

export const getBulkReactions: Handler<'GetBulkReactions'> = async (ctx) => {
  return ctx.json(200, await read(ctx.server, ctx.session, ctx.body));
};
