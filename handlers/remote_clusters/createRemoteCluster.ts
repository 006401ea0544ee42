import type { Handler } from '../../server/http/handler';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { MANAGE_SECURE_CONNECTIONS } from '../../server/permissions/permissionIds';

/** POST /remotecluster: manage_secure_connections, then the remote cluster service, which needs a licence. */
export const createRemoteCluster: Handler<'CreateRemoteCluster'> = async (ctx) => refuse(ctx, perm(MANAGE_SECURE_CONNECTIONS), fail(remoteClusterServiceDisabled));
