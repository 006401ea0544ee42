import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { EMOJI_AUTOCOMPLETE_MAX, findEmoji, toApiEmoji } from '../../app/emoji/emoji';

export const autocompleteEmoji: Handler<'AutocompleteEmoji'> = async (ctx) => {
  const name = ctx.query.name ?? '';
  if (!name) throw Errors.invalidUrlParam('name');
  const rows = await findEmoji(ctx.server, name, true, EMOJI_AUTOCOMPLETE_MAX);
  return ctx.json(200, rows.map(toApiEmoji) as never);
};
