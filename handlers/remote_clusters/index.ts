import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { acceptRemoteClusterInvite } from './acceptRemoteClusterInvite';
import { createRemoteCluster } from './createRemoteCluster';
import { deleteRemoteCluster } from './deleteRemoteCluster';
import { generateRemoteClusterInvite } from './generateRemoteClusterInvite';
import { getRemoteCluster } from './getRemoteCluster';
import { getRemoteClusters } from './getRemoteClusters';
import { patchRemoteCluster } from './patchRemoteCluster';

export const remoteClustersHandlers: TagHandlers<'remote_clusters'> = {
  GetRemoteClusters: getRemoteClusters,
  CreateRemoteCluster: createRemoteCluster,
  AcceptRemoteClusterInvite: acceptRemoteClusterInvite,
  GetRemoteCluster: getRemoteCluster,
  DeleteRemoteCluster: deleteRemoteCluster,
  PatchRemoteCluster: patchRemoteCluster,
  GenerateRemoteClusterInvite: generateRemoteClusterInvite,
};
