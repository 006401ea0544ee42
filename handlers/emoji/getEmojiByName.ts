import type { Handler } from '../../server/http/handler';
import { emojiDisabled, getEmojiNamed, requireEmojiName, toApiEmoji } from '../../app/emoji/emoji';

export const getEmojiByName: Handler<'GetEmojiByName'> = async (ctx) => {
  const name = requireEmojiName(ctx.params.emoji_name);
  if (!ctx.server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  return ctx.json(200, toApiEmoji(await getEmojiNamed(ctx.server, name)) as never);
};
