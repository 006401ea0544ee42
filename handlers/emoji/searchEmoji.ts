import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { EMOJI_SEARCH_MAX, findEmoji, toApiEmoji } from '../../app/emoji/emoji';

export const searchEmoji: Handler<'SearchEmoji'> = async (ctx) => {
  const body = (ctx.body ?? {}) as { term?: string; prefix_only?: boolean };
  if (!body.term) throw Errors.invalidBodyParam('term');
  const rows = await findEmoji(ctx.server, body.term, body.prefix_only === true, EMOJI_SEARCH_MAX);
  return ctx.json(200, rows.map(toApiEmoji) as never);
};
