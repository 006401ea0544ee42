import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const remoteClustersHandlers: TagHandlers<'remote_clusters'> = {
  GetRemoteClusters: notImplemented,
  CreateRemoteCluster: notImplemented,
  AcceptRemoteClusterInvite: notImplemented,
  GetRemoteCluster: notImplemented,
  DeleteRemoteCluster: notImplemented,
  PatchRemoteCluster: notImplemented,
  GenerateRemoteClusterInvite: notImplemented,
};
