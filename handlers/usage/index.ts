import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const usageHandlers: TagHandlers<'usage'> = {
  GetPostsUsage: notImplemented,
  GetStorageUsage: notImplemented,
  GetTeamsUsage: notImplemented,
};
