import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { getChannelUnread as channelUnread } from '../../app/channels/view';
import { requireId, requirePermissionToUser } from '../../app/channels/membersAccess';

/** GET /users/{user_id}/channels/{channel_id}/unread. */
export const getChannelUnread: Handler<'GetChannelUnread'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
  return ctx.json(200, await channelUnread(ctx.server.db, channelId, userId));
};
