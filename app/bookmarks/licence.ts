import { AppError } from '../../server/http/appError';

/** Mattermost's answer to every channel-bookmark call on a server without a licence. */
export function bookmarksNeedLicense(): AppError {
  return new AppError('api.channel.bookmark.channel_bookmark.license.error', 'Your license does not support channel bookmarks.', 501);
}
