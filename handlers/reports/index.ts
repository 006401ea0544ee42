import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const reportsHandlers: TagHandlers<'reports'> = {
  GetPostsForReporting: notImplemented,
  GetUsersForReporting: notImplemented,
  GetUserCountForReporting: notImplemented,
  StartBatchUsersExport: notImplemented,
};
