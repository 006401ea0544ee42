import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { resolveUserId } from '../params';
import { viewChannels } from '../../app/channels/view';
import { requirePermissionToUser } from '../../app/channels/membersAccess';

/**
 * POST /channels/members/{user_id}/view {channel_id, prev_channel_id, collapsed_threads_supported}:
 * marks the channel (and the previous one) read. Empty ids stand for "no channel".
 */
export const viewChannel: Handler<'ViewChannel'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  const channelId = ctx.body.channel_id ?? '';
  const prevChannelId = ctx.body.prev_channel_id ?? '';
  if (channelId !== '' && !isValidId(channelId)) throw Errors.invalidBodyParam('channel_view.channel_id');
  if (prevChannelId !== '' && !isValidId(prevChannelId)) throw Errors.invalidBodyParam('channel_view.prev_channel_id');
  const times = await viewChannels(ctx.server, userId, [channelId, prevChannelId]);
  return ctx.json(200, { status: 'OK', last_viewed_at_times: times });
};
