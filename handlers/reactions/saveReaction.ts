import type { Handler } from '../../server/http/handler';
import { saveReaction as save } from '../../app/reactions/reactions';

export const saveReaction: Handler<'SaveReaction'> = async (ctx) => {
  const reaction = await save(ctx.server, ctx.session, (ctx.body ?? {}) as Record<string, unknown>);
  return ctx.json(200, reaction);
};
