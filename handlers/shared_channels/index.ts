import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const sharedChannelsHandlers: TagHandlers<'shared_channels'> = {
  InviteRemoteClusterToChannel: notImplemented,
  UninviteRemoteClusterToChannel: notImplemented,
  GetSharedChannelRemotesByRemoteCluster: notImplemented,
  GetRemoteClusterInfo: notImplemented,
  CanUserDirectMessage: notImplemented,
  GetSharedChannelRemotes: notImplemented,
  GetAllSharedChannels: notImplemented,
};
