import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { remoteClusterServiceDisabled } from '../../app/licensing/errors';
import { requireTeamId } from '../../app/channels/access';

/** GET /sharedchannels/{team_id}: the team id, then the remote cluster service (needs a licence). */
export const getAllSharedChannels: Handler<'GetAllSharedChannels'> = async (ctx) => {
  requireTeamId(ctx.params.team_id);
  return refuse(ctx, fail(remoteClusterServiceDisabled));
};
