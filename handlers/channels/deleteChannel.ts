import type { Handler } from '../../server/http/handler';
import { loadChannel, requireChannelId } from '../../app/channels/access';
import { archiveChannel, deleteChannelPermanently } from '../../app/channels/updates';
import { loadUser } from '../../app/channels/membersAccess';
import { AppError } from '../../server/http/appError';
import { hasSystemPermission, requireChannelPermission } from '../../server/permissions/authorization';
import { DELETE_PRIVATE_CHANNEL, DELETE_PUBLIC_CHANNEL, MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/**
 * DELETE /channels/{channel_id}: archives the channel; `permanent=true` removes it for good when
 * ServiceSettings.EnableAPIChannelDeletion allows it (401 otherwise, as Mattermost answers).
 */
export const deleteChannel: Handler<'DeleteChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const channel = await loadChannel(server, requireChannelId(ctx.params.channel_id));
  if (channel.type === 'D' || channel.type === 'G') {
    throw new AppError('api.channel.delete_channel.type.invalid', 'Direct and group message channels cannot be deleted.', 400);
  }
  await requireChannelPermission(server, session, channel, channel.type === 'O' ? DELETE_PUBLIC_CHANNEL : DELETE_PRIVATE_CHANNEL);

  if (ctx.query.permanent === true) {
    if (!server.config.get().ServiceSettings.EnableAPIChannelDeletion) {
      const admin = hasSystemPermission(server, session, MANAGE_SYSTEM);
      throw new AppError(
        admin ? 'api.user.delete_channel.not_enabled.for_admin.app_error' : 'api.user.delete_channel.not_enabled.app_error',
        admin
          ? 'Permanent channel deletion through the API is disabled; enable ServiceSettings.EnableAPIChannelDeletion.'
          : 'Permanent channel deletion feature is not enabled. Please contact your System Administrator.',
        401,
        `channelId=${channel.id}`,
      );
    }
    await deleteChannelPermanently(server, channel);
  } else {
    await archiveChannel(server, channel, await loadUser(server.db, session.user_id));
  }
  return ctx.json(200, { status: 'OK' });
};
