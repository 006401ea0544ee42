import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getClusterStatus } from './getClusterStatus';

export const clusterHandlers: TagHandlers<'cluster'> = {
  GetClusterStatus: getClusterStatus,
};
