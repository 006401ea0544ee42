import type { Handler } from '../../server/http/handler';
import { emojiDisabled, getEmoji as get, requireEmojiId, toApiEmoji } from '../../app/emoji/emoji';

export const getEmoji: Handler<'GetEmoji'> = async (ctx) => {
  const id = requireEmojiId(ctx.params.emoji_id);
  if (!ctx.server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  return ctx.json(200, toApiEmoji(await get(ctx.server, id)) as never);
};
