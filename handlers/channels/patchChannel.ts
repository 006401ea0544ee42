import type { Handler } from '../../server/http/handler';
import type { NewChannelRow } from '../../db/schema';
import { loadChannel, requireChannelId, requirePropertiesPermission, TOWN_SQUARE } from '../../app/channels/access';
import { saveChannelChanges } from '../../app/channels/updates';
import { withChannelPropsOne } from '../../app/channels/props';
import { publishChannelUpdated } from '../../app/channels/events';
import { postDisplayNameChange, postHeaderChange, postPurposeChange } from '../../app/channels/systemPosts';
import { loadUser } from '../../app/channels/membersAccess';
import { commonTeamIds, activeMembersOfChannel } from '../../db/queries/channelLists';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { MANAGE_PRIVATE_CHANNEL_BANNER, MANAGE_PUBLIC_CHANNEL_BANNER } from '../../server/permissions/permissionIds';

interface Patch {
  display_name?: string | null;
  name?: string | null;
  header?: string | null;
  purpose?: string | null;
  group_constrained?: boolean | null;
  default_category_name?: string | null;
  banner_info?: unknown;
  autotranslation?: boolean | null;
  managed_category_name?: string | null;
  discoverable?: boolean | null;
}

const given = (v: unknown) => v !== undefined && v !== null;

/**
 * PUT /channels/{channel_id}/patch. Features Team Edition lacks answer as Mattermost does there:
 * auto-translation and banners are refused, a managed category is ignored. `channel_updated`
 * goes to the channel's members; each changed display name, header and purpose leaves a
 * system message.
 */
export const patchChannel: Handler<'PatchChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const id = requireChannelId(ctx.params.channel_id);
  const patch = ctx.body as Patch | undefined;
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) throw Errors.invalidBodyParam('channel');
  const channel = await loadChannel(server, id);

  const updatingProperties = [patch.display_name, patch.name, patch.header, patch.purpose, patch.group_constrained, patch.default_category_name].some(given);
  const updatingAutoTranslation = given(patch.autotranslation);
  if (!updatingProperties && !updatingAutoTranslation && !given(patch.banner_info) && !given(patch.managed_category_name) && !given(patch.discoverable)) {
    throw new AppError('api.channel.patch_update_channel.no_changes.app_error', 'No changes were provided.', 400);
  }
  if (given(patch.discoverable)) {
    throw new AppError('api.channel.discoverable_join_request.feature_disabled.app_error', 'Discoverable channels are not enabled.', 400);
  }
  if (updatingAutoTranslation) {
    throw new AppError('api.channel.patch_update_channel.feature_not_available.app_error', 'Auto-translation is not available.', 403);
  }
  if (given(patch.group_constrained) && channel.type !== 'O' && channel.type !== 'P') {
    throw new AppError('api.channel.patch_update_channel.group_constrained_not_allowed.app_error', 'Only team channels can be group constrained.', 400);
  }

  if (channel.type === 'O' || channel.type === 'P') {
    if (updatingProperties) await requirePropertiesPermission(server, session, channel);
  } else {
    await requirePropertiesPermission(server, session, channel);
    const changed =
      (given(patch.name) && patch.name !== channel.name) ||
      (given(patch.display_name) && patch.display_name !== channel.displayName) ||
      (given(patch.purpose) && patch.purpose !== channel.purpose) ||
      given(patch.default_category_name);
    if (changed) {
      throw new AppError(
        'api.channel.patch_update_channel.update_direct_or_group_messages_not_allowed.app_error',
        'You cannot update the name, display name or purpose of direct or group message channels.',
        400,
      );
    }
  }
  if (channel.name === TOWN_SQUARE && given(patch.name) && patch.name !== channel.name) {
    throw new AppError('api.channel.update_channel.tried.app_error', `Tried to perform an invalid update of the default channel ${TOWN_SQUARE}.`, 400, '', {
      Channel: TOWN_SQUARE,
    });
  }
  if (given(patch.banner_info)) {
    if (channel.type !== 'O' && channel.type !== 'P') {
      throw new AppError('api.channel.update_channel.banner_info.channel_type.not_allowed', 'Channel banners are only available on public and private channels.', 400);
    }
    const permission = channel.type === 'O' ? MANAGE_PUBLIC_CHANNEL_BANNER : MANAGE_PRIVATE_CHANNEL_BANNER;
    if (!(await hasChannelPermission(server, session, channel, permission))) throw Errors.permission(permission);
    throw new AppError('license_error.feature_unavailable.specific', 'Channel Banner is not available with the current license.', 403, 'feature is not available for the current license', {
      Feature: 'Channel Banner',
    });
  }

  if (server.config.get().TeamSettings.RestrictDirectMessage === 'team' && (channel.type === 'D' || channel.type === 'G')) {
    const members = await activeMembersOfChannel(server.db, channel.id, 8);
    if ((await commonTeamIds(server.db, members.map((m) => m.id))).length === 0) {
      throw new AppError('api.channel.patch_update_channel.restricted_dm.app_error', 'This channel is restricted to team members.', 400);
    }
  }

  const changes: Partial<NewChannelRow> = {};
  if (given(patch.display_name)) changes.displayName = String(patch.display_name).trim();
  if (given(patch.name)) changes.name = String(patch.name);
  if (given(patch.header)) changes.header = String(patch.header);
  if (given(patch.purpose)) changes.purpose = String(patch.purpose);
  if (given(patch.group_constrained)) changes.groupConstrained = patch.group_constrained === true;
  const actor = await loadUser(server.db, session.user_id);
  const { updated, posts } = await server.db.transaction(async (tx) => {
    const row = await saveChannelChanges(tx, channel, changes);
    // Mattermost's PatchChannel: a message per changed display name, header and purpose.
    const made = [];
    if (row.displayName !== channel.displayName) made.push(await postDisplayNameChange(server, tx, row, actor, channel.displayName, row.displayName));
    if (row.header !== channel.header) made.push(await postHeaderChange(server, tx, row, actor, channel.header, row.header));
    if (row.purpose !== channel.purpose) made.push(await postPurposeChange(server, tx, row, actor, channel.purpose, row.purpose));
    return { updated: row, posts: made };
  });
  publishChannelUpdated(server, updated);
  for (const post of posts) post.publish();
  return ctx.json(200, await withChannelPropsOne(server.db, updated));
};
