import type { Handler } from '../../server/http/handler';
import { createBot as create, type BotPatch } from '../../app/bots/bots';
import { Errors } from '../../server/http/appError';

/** POST /bots (201): the caller owns the new bot, which tells them in a direct message to add it to teams and channels. */
export const createBot: Handler<'CreateBot'> = async (ctx) => {
  const body = ctx.body as BotPatch | undefined;
  if (!body || typeof body !== 'object') throw Errors.invalidBodyParam('bot');
  return ctx.json(201, (await create(ctx.server, ctx.session, body)) as never);
};
