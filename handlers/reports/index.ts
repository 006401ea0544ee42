import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getPostsForReporting } from './getPostsForReporting';
import { getUserCountForReporting } from './getUserCountForReporting';
import { getUsersForReporting } from './getUsersForReporting';
import { startBatchUsersExport } from './startBatchUsersExport';

export const reportsHandlers: TagHandlers<'reports'> = {
  GetPostsForReporting: getPostsForReporting,
  GetUsersForReporting: getUsersForReporting,
  GetUserCountForReporting: getUserCountForReporting,
  StartBatchUsersExport: startBatchUsersExport,
};
