import type { Handler } from '../../server/http/handler';
import { botNotFound, canReadBot, loadBot, toApiBot } from '../../app/bots/bots';

/** GET /bots/{id}: 404 unless the caller may read it (so a user's being a bot is not revealed). */
export const getBot: Handler<'GetBot'> = async (ctx) => {
  const found = await loadBot(ctx.server, ctx.params.bot_user_id, (ctx.query as { include_deleted?: boolean }).include_deleted === true);
  if (!canReadBot(ctx.server, ctx.session, found.bot)) throw botNotFound(ctx.params.bot_user_id);
  return ctx.json(200, toApiBot(found) as never);
};
