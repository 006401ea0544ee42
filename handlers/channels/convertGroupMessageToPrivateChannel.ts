import type { Handler } from '../../server/http/handler';
import { guestConversionRefused, isSessionGuest, loadChannel, requireChannelId, requireTeamPermissionFor } from '../../app/channels/access';
import { checkChannel, convertGroupToPrivate } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { activeMembersOfChannel, commonTeamIds } from '../../db/queries/channelLists';
import { getChannelMember } from '../../db/queries/channels';
import { loadUser } from '../../app/channels/membersAccess';
import { AppError, Errors } from '../../server/http/appError';
import { CREATE_PRIVATE_CHANNEL } from '../../server/permissions/permissionIds';

interface ConversionRequest {
  channel_id?: unknown;
  team_id?: unknown;
  name?: unknown;
  display_name?: unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * POST /channels/{channel_id}/convert_to_channel {channel_id, team_id, name, display_name}: a
 * member turns a group message into a private channel of a team all its members share; they
 * become its channel admin.
 */
export const convertGroupMessageToPrivateChannel: Handler<'ConvertGroupMessageToPrivateChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const channelId = requireChannelId(ctx.params.channel_id);
  const body = ctx.body as ConversionRequest | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw Errors.invalidBodyParam('body');
  if (isSessionGuest(session)) throw guestConversionRefused(session.user_id);
  const teamId = str(body.team_id);
  await requireTeamPermissionFor(server, session, teamId, CREATE_PRIVATE_CHANNEL);
  if (body.channel_id !== channelId) throw Errors.invalidBodyParam('channel_id');

  const channel = await loadChannel(server, channelId);
  const members = await activeMembersOfChannel(server.db, channel.id, 8);
  const teams = await commonTeamIds(server.db, members.map((m) => m.id));
  if (!teams.includes(teamId)) {
    throw new AppError('app.channel.group_message_conversion.incorrect_team', 'The team is not common to all the members of the group message.', 400);
  }
  if (channel.type !== 'G') {
    throw new AppError('app.channel.group_message_conversion.original_channel_not_gm', 'The channel being converted is not a group message.', 404);
  }
  if (!(await getChannelMember(server.db, channel.id, session.user_id))) {
    throw new AppError('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.', 404);
  }
  const input = { teamId, name: str(body.name), displayName: str(body.display_name) };
  const invalid = checkChannel({ ...channel, type: 'P', name: input.name, displayName: input.displayName });
  if (invalid) throw invalid;

  const updated = await convertGroupToPrivate(server, channel, await loadUser(server.db, session.user_id), input);
  return ctx.json(200, toApiChannel(updated));
};
