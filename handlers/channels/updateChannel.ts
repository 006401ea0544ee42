import type { Handler } from '../../server/http/handler';
import type { NewChannelRow } from '../../db/schema';
import { loadChannel, requireChannelId, requirePropertiesPermission, TOWN_SQUARE } from '../../app/channels/access';
import { saveChannelChanges } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { publishChannelUpdated } from '../../app/channels/events';
import { postDisplayNameChange } from '../../app/channels/systemPosts';
import { loadUser } from '../../app/channels/membersAccess';
import { AppError, Errors } from '../../server/http/appError';

/**
 * PUT /channels/{channel_id}: replaces header and purpose (absent means empty, as Mattermost
 * does), and the name / display name when given. `channel_updated` goes to the channel's
 * members, and a changed display name leaves a system message.
 */
export const updateChannel: Handler<'UpdateChannel'> = async (ctx) => {
  const id = requireChannelId(ctx.params.channel_id);
  const body = ctx.body as typeof ctx.body & { type?: unknown; group_constrained?: unknown };
  if (body.id !== id) throw Errors.invalidBodyParam('channel_id');
  const channel = await loadChannel(ctx.server, id);

  await requirePropertiesPermission(ctx.server, ctx.session, channel);
  const header = body.header ?? '';
  const purpose = body.purpose ?? '';
  if (channel.type === 'D' || channel.type === 'G') {
    const renamed = (body.name && body.name !== channel.name) || (body.display_name && body.display_name !== channel.displayName);
    if (renamed || purpose !== channel.purpose) {
      throw new AppError(
        'api.channel.update_channel.update_direct_or_group_messages_not_allowed.app_error',
        'You cannot update the name, display name or purpose of direct or group message channels.',
        400,
      );
    }
  }
  if (channel.deleteAt > 0) throw new AppError('api.channel.update_channel.deleted.app_error', 'The channel has been archived or deleted.', 400);
  if (typeof body.type === 'string' && body.type !== '' && body.type !== channel.type) {
    throw new AppError('api.channel.update_channel.typechange.app_error', 'Channel type cannot be updated.', 400);
  }
  if (channel.name === TOWN_SQUARE && body.name && body.name !== channel.name) {
    throw new AppError('api.channel.update_channel.tried.app_error', `Tried to perform an invalid update of the default channel ${TOWN_SQUARE}.`, 400, '', {
      Channel: TOWN_SQUARE,
    });
  }

  const changes: Partial<NewChannelRow> = { header, purpose };
  if (body.display_name) changes.displayName = body.display_name;
  if (body.name) changes.name = body.name;
  if (typeof body.group_constrained === 'boolean') changes.groupConstrained = body.group_constrained;
  const actor = await loadUser(ctx.server.db, ctx.session.user_id);
  const { updated, renamed } = await ctx.server.db.transaction(async (tx) => {
    const row = await saveChannelChanges(tx, channel, changes);
    // Mattermost posts only the display-name change here (header and purpose messages are the patch's).
    const post = row.displayName !== channel.displayName ? await postDisplayNameChange(ctx.server, tx, row, actor, channel.displayName, row.displayName) : null;
    return { updated: row, renamed: post };
  });
  publishChannelUpdated(ctx.server, updated);
  renamed?.publish();
  return ctx.json(200, toApiChannel(updated));
};
