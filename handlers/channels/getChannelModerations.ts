import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** GET /channels/{channel_id}/moderations: a licensed feature; Team Edition answers 403. */
export const getChannelModerations: Handler<'GetChannelModerations'> = async () => {
  throw new AppError('api.channel.get_channel_moderations.license.error', 'Your license does not support channel moderation', 403);
};
