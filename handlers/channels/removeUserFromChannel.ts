import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { MANAGE_PRIVATE_CHANNEL_MEMBERS, MANAGE_PUBLIC_CHANNEL_MEMBERS } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { removeMemberFromChannel } from '../../app/channels/members';
import { loadChannel, loadUser, requireId } from '../../app/channels/membersAccess';

/** DELETE /channels/{channel_id}/members/{user_id}: leave a channel, or remove someone with the manage-members permission. */
export const removeUserFromChannel: Handler<'RemoveUserFromChannel'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const channel = await loadChannel(ctx.server.db, channelId);
  const user = await loadUser(ctx.server.db, userId);
  if (channel.type !== 'O' && channel.type !== 'P') {
    throw new AppError('api.channel.remove_channel_member.type.app_error', 'Unable to remove user from a channel of this type.', 400);
  }
  const self = userId === ctx.session.user_id;
  if (channel.groupConstrained && !self && !user.isBot) {
    throw new AppError('api.channel.remove_member.group_constrained.app_error', 'Unable to remove a user from a group-constrained channel.', 400);
  }
  if (!self) {
    const permission = channel.type === 'O' ? MANAGE_PUBLIC_CHANNEL_MEMBERS : MANAGE_PRIVATE_CHANNEL_MEMBERS;
    if (!(await hasChannelPermission(ctx.server, ctx.session, channel, permission))) throw Errors.permission(permission);
  }
  await removeMemberFromChannel(ctx.server, channel, user, ctx.session.user_id);
  return ctx.json(200, { status: 'OK' });
};
