import type { Handler } from '../../server/http/handler';
import { loadChannel, requireChannelId, TOWN_SQUARE } from '../../app/channels/access';
import { saveChannelChanges } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { publishChannelConverted, publishChannelUpdated } from '../../app/channels/events';
import { postPrivacyChange } from '../../app/channels/systemPosts';
import { loadUser } from '../../app/channels/membersAccess';
import { AppError, Errors } from '../../server/http/appError';
import { requireChannelPermission } from '../../server/permissions/authorization';
import { CONVERT_PRIVATE_CHANNEL_TO_PUBLIC, CONVERT_PUBLIC_CHANNEL_TO_PRIVATE } from '../../server/permissions/permissionIds';

/**
 * PUT /channels/{channel_id}/privacy: converts a channel public (O) ↔ private (P), as
 * Mattermost's UpdateChannelPrivacy: `channel_updated` to the members, the
 * system_change_chan_privacy message, then `channel_converted` to the team.
 */
export const updateChannelPrivacy: Handler<'UpdateChannelPrivacy'> = async (ctx) => {
  const id = requireChannelId(ctx.params.channel_id);
  const privacy = (ctx.body as { privacy?: unknown } | undefined)?.privacy;
  if (privacy !== 'O' && privacy !== 'P') throw Errors.invalidBodyParam('privacy');
  const channel = await loadChannel(ctx.server, id);
  const permission = privacy === 'O' ? CONVERT_PRIVATE_CHANNEL_TO_PUBLIC : CONVERT_PUBLIC_CHANNEL_TO_PRIVATE;
  await requireChannelPermission(ctx.server, ctx.session, channel, permission);
  if (channel.name === TOWN_SQUARE && privacy === 'P') {
    throw new AppError('api.channel.update_channel_privacy.default_channel_error', 'The default channel cannot be made private.', 400);
  }
  const actor = await loadUser(ctx.server.db, ctx.session.user_id);
  const { updated, post } = await ctx.server.db.transaction(async (tx) => {
    const row = await saveChannelChanges(tx, channel, { type: privacy });
    return { updated: row, post: await postPrivacyChange(ctx.server, tx, row, actor, privacy) };
  });
  publishChannelUpdated(ctx.server, updated);
  post.publish();
  publishChannelConverted(ctx.server, updated);
  return ctx.json(200, toApiChannel(updated));
};
