import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { requireChannelId } from '../../app/channels/access';

/** GET /sharedchannels/{channel_id}/remotes: the channel id, then the remote cluster service (needs a licence). */
export const getSharedChannelRemotes: Handler<'GetSharedChannelRemotes'> = async (ctx) => {
  requireChannelId(ctx.params.channel_id);
  return refuse(ctx, fail(remoteClusterServiceDisabled));
};
