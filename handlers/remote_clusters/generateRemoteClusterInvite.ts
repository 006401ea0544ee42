import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { MANAGE_SECURE_CONNECTIONS } from '../../server/permissions/permissionIds';
import { requireRemoteId } from '../../app/licensing/remoteCluster';

/** POST /remotecluster/{remote_id}/generate_invite: the remote id, manage_secure_connections, then the remote cluster service (needs a licence). */
export const generateRemoteClusterInvite: Handler<'GenerateRemoteClusterInvite'> = async (ctx) => {
  requireRemoteId(ctx.params.remote_id);
  return refuse(ctx, perm(MANAGE_SECURE_CONNECTIONS), fail(remoteClusterServiceDisabled));
};
