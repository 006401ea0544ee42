import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getPostsUsage } from './getPostsUsage';
import { getStorageUsage } from './getStorageUsage';
import { getTeamsUsage } from './getTeamsUsage';

export const usageHandlers: TagHandlers<'usage'> = {
  GetPostsUsage: getPostsUsage,
  GetStorageUsage: getStorageUsage,
  GetTeamsUsage: getTeamsUsage,
};
