import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { memberForViewer } from '../../app/channels/members';
import { loadMember, requireId } from '../../app/channels/membersAccess';

/** GET /channels/{channel_id}/members/{user_id}. */
export const getChannelMember: Handler<'GetChannelMember'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
  const member = await loadMember(ctx.server.db, channelId, userId);
  return ctx.json(200, memberForViewer(member, ctx.session.user_id));
};
