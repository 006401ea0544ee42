import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const bookmarksHandlers: TagHandlers<'bookmarks'> = {
  ListChannelBookmarksForChannel: notImplemented,
  CreateChannelBookmark: notImplemented,
  DeleteChannelBookmark: notImplemented,
  UpdateChannelBookmark: notImplemented,
  UpdateChannelBookmarkSortOrder: notImplemented,
};
