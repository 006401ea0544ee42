import type { Handler } from '../../server/http/handler';
import { bookmarksNeedLicense } from '../../app/bookmarks/licence';

/** Channel bookmarks are a licensed feature: an unlicensed server refuses before anything else. */
export const updateChannelBookmarkSortOrder: Handler<'UpdateChannelBookmarkSortOrder'> = async () => {
  throw bookmarksNeedLicense();
};
