import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { emojiDisabled, emojisByNames, GET_EMOJIS_BY_NAMES_MAX, toApiEmoji } from '../../app/emoji/emoji';

export const getEmojisByNames: Handler<'GetEmojisByNames'> = async (ctx) => {
  const names = [...new Set((ctx.body ?? []) as string[])].sort();
  if (names.length === 0) throw Errors.invalidBodyParam('names');
  if (!ctx.server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  if (names.length > GET_EMOJIS_BY_NAMES_MAX) {
    throw new AppError(
      'api.emoji.get_multiple_by_name_too_many.request_error',
      `Unable to get that many emojis by name. Only ${GET_EMOJIS_BY_NAMES_MAX} emojis can be requested at once.`,
      400,
      '',
      { MaxNames: GET_EMOJIS_BY_NAMES_MAX },
    );
  }
  const rows = await emojisByNames(ctx.server, names);
  return ctx.json(200, rows.map(toApiEmoji) as never);
};
