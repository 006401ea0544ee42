import type { Handler } from '../../server/http/handler';
import { toApiChannel } from '../../app/channels/serialize';
import { searchGroupChannels as search } from '../../db/queries/channelLists';

/** POST /channels/group/search {term}: the caller's group channels whose members' usernames match every word. */
export const searchGroupChannels: Handler<'SearchGroupChannels'> = async (ctx) => {
  const term = ctx.body.term ?? '';
  if (term === '') return ctx.json(200, []);
  const rows = await search(ctx.server.db, ctx.session.user_id, term);
  return ctx.json(200, rows.map(toApiChannel));
};
