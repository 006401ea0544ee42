import type { Handler } from '../../server/http/handler';
import { bookmarksNeedLicense } from '../../app/bookmarks/licence';

/** Channel bookmarks are a licensed feature: an unlicensed server refuses before anything else. */
export const createChannelBookmark: Handler<'CreateChannelBookmark'> = async () => {
  throw bookmarksNeedLicense();
};
