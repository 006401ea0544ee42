import type { Handler } from '../../server/http/handler';
import { emojiDisabled, getEmojiImage as image, requireEmojiId } from '../../app/emoji/emoji';

export const getEmojiImage: Handler<'GetEmojiImage'> = async (ctx) => {
  const id = requireEmojiId(ctx.params.emoji_id);
  if (!ctx.server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  const { data, type } = await image(ctx.server, id);
  return new Response(new Uint8Array(data), { status: 200, headers: { 'Content-Type': type, 'Cache-Control': 'max-age=2592000, private' } });
};
