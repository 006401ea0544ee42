import type { Handler } from '../../server/http/handler';
import { loadChannel, requireChannelId, requireChannelRead } from '../../app/channels/access';
import { withChannelPropsOne } from '../../app/channels/props';

/** GET /channels/{channel_id}. */
export const getChannel: Handler<'GetChannel'> = async (ctx) => {
  const channel = await loadChannel(ctx.server, requireChannelId(ctx.params.channel_id));
  await requireChannelRead(ctx.server, ctx.session, channel);
  return ctx.json(200, await withChannelPropsOne(ctx.server.db, channel));
};
