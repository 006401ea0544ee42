import type { Handler } from '../../server/http/handler';
import { requireChannelId } from '../../app/channels/access';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

/**
 * PUT /channels/{channel_id}/scheme: channel permission schemes need a licence; without one
 * Mattermost refuses with 403 once the body is read, as here.
 */
export const updateChannelScheme: Handler<'UpdateChannelScheme'> = async (ctx) => {
  requireChannelId(ctx.params.channel_id);
  const schemeId = (ctx.body as { scheme_id?: unknown } | undefined)?.scheme_id;
  if (typeof schemeId !== 'string' || !isValidId(schemeId)) throw Errors.invalidBodyParam('scheme_id');
  throw new AppError('api.channel.update_channel_scheme.license.error', 'Your license does not support updating a channel\'s scheme', 403);
};
