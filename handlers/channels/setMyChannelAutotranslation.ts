import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** PUT /channels/{channel_id}/members/me/autotranslation: auto-translation is an Enterprise feature; Team Edition answers 403. */
export const setMyChannelAutotranslation: Handler<'SetMyChannelAutotranslation'> = async () => {
  throw new AppError(
    'api.channel.update_channel_member_autotranslation.feature_not_available.app_error',
    'Auto-translation is not available.',
    403,
  );
};
