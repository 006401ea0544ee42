import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { viewChannels } from '../../app/channels/view';

/** POST /channels/members/me/mark_read with a list of channel ids: marks them read. */
export const readMultipleChannels: Handler<'ReadMultipleChannels'> = async (ctx) => {
  const channelIds = [...new Set(ctx.body)].sort();
  if (channelIds.length === 0) throw Errors.invalidBodyParam('channel_ids');
  const times = await viewChannels(ctx.server, ctx.session.user_id, channelIds);
  return ctx.json(200, { status: 'OK', last_viewed_at_times: times });
};
