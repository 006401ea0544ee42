import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { MANAGE_SECURE_CONNECTIONS } from '../../server/permissions/permissionIds';
import { requireRemoteId } from '../../app/licensing/remoteCluster';

/** DELETE /remotecluster/{remote_id}: the remote id, manage_secure_connections, then the remote cluster service (needs a licence). */
export const deleteRemoteCluster: Handler<'DeleteRemoteCluster'> = async (ctx) => {
  requireRemoteId(ctx.params.remote_id);
  return refuse(ctx, perm(MANAGE_SECURE_CONNECTIONS), fail(remoteClusterServiceDisabled));
};
