import type { Handler } from '../../server/http/handler';
import { requireChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';
import { requireChannelId } from '../../app/channels/access';
import { PapErrors } from '../../app/licensing/errors';

/** GET /channels/{channel_id}/access_control/attributes: read_channel, then the missing PAP. */
export const getChannelAccessControlAttributes: Handler<'GetChannelAccessControlAttributes'> = async (ctx) => {
  const channelId = requireChannelId(ctx.params.channel_id);
  await requireChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL);
  throw PapErrors.channelAttributes();
};
