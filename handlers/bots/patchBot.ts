import type { Handler } from '../../server/http/handler';
import { patchBot as patch, requireManageBot, type BotPatch } from '../../app/bots/bots';
import { Errors } from '../../server/http/appError';

export const patchBot: Handler<'PatchBot'> = async (ctx) => {
  const body = ctx.body as BotPatch | undefined;
  if (!body || typeof body !== 'object') throw Errors.invalidBodyParam('bot');
  const found = await requireManageBot(ctx.server, ctx.session, ctx.params.bot_user_id);
  return ctx.json(200, (await patch(ctx.server, found, body)) as never);
};
