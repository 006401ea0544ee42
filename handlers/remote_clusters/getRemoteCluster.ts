import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { MANAGE_SECURE_CONNECTIONS } from '../../server/permissions/permissionIds';
import { requireRemoteId } from '../../app/licensing/remoteCluster';

/** GET /remotecluster/{remote_id}: manage_secure_connections, the remote id, then the remote cluster service (needs a licence). */
export const getRemoteCluster: Handler<'GetRemoteCluster'> = async (ctx) =>
  refuse(
    ctx,
    perm(MANAGE_SECURE_CONNECTIONS),
    fail(() => {
      requireRemoteId(ctx.params.remote_id);
      return remoteClusterServiceDisabled();
    }),
  );
