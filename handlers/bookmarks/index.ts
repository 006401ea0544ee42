import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createChannelBookmark } from './createChannelBookmark';
import { deleteChannelBookmark } from './deleteChannelBookmark';
import { listChannelBookmarksForChannel } from './listChannelBookmarksForChannel';
import { updateChannelBookmark } from './updateChannelBookmark';
import { updateChannelBookmarkSortOrder } from './updateChannelBookmarkSortOrder';

export const bookmarksHandlers: TagHandlers<'bookmarks'> = {
  ListChannelBookmarksForChannel: listChannelBookmarksForChannel,
  CreateChannelBookmark: createChannelBookmark,
  DeleteChannelBookmark: deleteChannelBookmark,
  UpdateChannelBookmark: updateChannelBookmark,
  UpdateChannelBookmarkSortOrder: updateChannelBookmarkSortOrder,
};
