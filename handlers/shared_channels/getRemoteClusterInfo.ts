import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { requireRemoteId } from '../../app/licensing/remoteCluster';

/** GET /sharedchannels/remote_info/{remote_id}: the remote id, then the remote cluster service (needs a licence). */
export const getRemoteClusterInfo: Handler<'GetRemoteClusterInfo'> = async (ctx) => {
  requireRemoteId(ctx.params.remote_id);
  return refuse(ctx, fail(remoteClusterServiceDisabled));
};
