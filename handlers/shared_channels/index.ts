import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { canUserDirectMessage } from './canUserDirectMessage';
import { getAllSharedChannels } from './getAllSharedChannels';
import { getRemoteClusterInfo } from './getRemoteClusterInfo';
import { getSharedChannelRemotes } from './getSharedChannelRemotes';
import { getSharedChannelRemotesByRemoteCluster } from './getSharedChannelRemotesByRemoteCluster';
import { inviteRemoteClusterToChannel } from './inviteRemoteClusterToChannel';
import { uninviteRemoteClusterToChannel } from './uninviteRemoteClusterToChannel';

export const sharedChannelsHandlers: TagHandlers<'shared_channels'> = {
  InviteRemoteClusterToChannel: inviteRemoteClusterToChannel,
  UninviteRemoteClusterToChannel: uninviteRemoteClusterToChannel,
  GetSharedChannelRemotesByRemoteCluster: getSharedChannelRemotesByRemoteCluster,
  GetRemoteClusterInfo: getRemoteClusterInfo,
  CanUserDirectMessage: canUserDirectMessage,
  GetSharedChannelRemotes: getSharedChannelRemotes,
  GetAllSharedChannels: getAllSharedChannels,
};
