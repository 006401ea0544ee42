import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { MANAGE_SECURE_CONNECTIONS } from '../../server/permissions/permissionIds';
import { requireRemoteId } from '../../app/licensing/remoteCluster';
import { requireChannelId } from '../../app/channels/access';

/** POST /remotecluster/{remote_id}/channels/{channel_id}/invite: both ids, manage_secure_connections, then the remote cluster service. */
export const inviteRemoteClusterToChannel: Handler<'InviteRemoteClusterToChannel'> = async (ctx) => {
  requireRemoteId(ctx.params.remote_id);
  requireChannelId(ctx.params.channel_id);
  return refuse(ctx, perm(MANAGE_SECURE_CONNECTIONS), fail(remoteClusterServiceDisabled));
};
