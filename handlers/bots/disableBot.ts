import type { Handler } from '../../server/http/handler';
import { requireManageBot, setBotActive } from '../../app/bots/bots';

export const disableBot: Handler<'DisableBot'> = async (ctx) => {
  const found = await requireManageBot(ctx.server, ctx.session, ctx.params.bot_user_id);
  return ctx.json(200, (await setBotActive(ctx.server, found, false)) as never);
};
