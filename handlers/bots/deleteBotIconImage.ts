import type { Handler } from '../../server/http/handler';
import { requireManageBot } from '../../app/bots/bots';
import { deleteBotIcon } from '../../app/bots/icon';

export const deleteBotIconImage: Handler<'DeleteBotIconImage'> = async (ctx) => {
  const found = await requireManageBot(ctx.server, ctx.session, ctx.params.bot_user_id);
  await deleteBotIcon(ctx.server, found);
  return ctx.json(200, { status: 'OK' } as never);
};
