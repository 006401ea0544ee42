import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const clusterHandlers: TagHandlers<'cluster'> = {
  GetClusterStatus: notImplemented,
};
