import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** PUT /channels/{channel_id}/moderations/patch: a licensed feature; Team Edition answers 403. */
export const patchChannelModerations: Handler<'PatchChannelModerations'> = async () => {
  throw new AppError('api.channel.patch_channel_moderations.license.error', 'Your license does not support moderating channels', 403);
};
