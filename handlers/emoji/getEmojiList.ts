import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { emojiDisabled, listEmojiPage, toApiEmoji } from '../../app/emoji/emoji';
import { paging } from '../../app/channels/access';

export const getEmojiList: Handler<'GetEmojiList'> = async (ctx) => {
  if (!ctx.server.config.get().ServiceSettings.EnableCustomEmoji) throw emojiDisabled(501);
  const sort = ctx.query.sort ?? '';
  if (sort !== '' && sort !== 'name') throw Errors.invalidUrlParam('sort');
  const { page, perPage } = paging(ctx.query);
  const rows = await listEmojiPage(ctx.server, page, perPage, sort === 'name');
  return ctx.json(200, rows.map(toApiEmoji) as never);
};
