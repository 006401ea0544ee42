import type { Handler } from '../../server/http/handler';
import { guestConversionRefused, isSessionGuest, loadChannel, requireChannelId } from '../../app/channels/access';
import { toVisibleTeam } from '../../app/teams/serialize';
import { activeMembersOfChannel, commonTeamIds, getTeamsOrdered } from '../../db/queries/channelLists';
import { AppError } from '../../server/http/appError';
import { requireChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';

/**
 * GET /channels/{channel_id}/common_teams: the teams every active member of the direct or group
 * channel belongs to (where it could become a private channel). Empty when the caller is not
 * one of its active members.
 */
export const getGroupMessageMembersCommonTeams: Handler<'GetGroupMessageMembersCommonTeams'> = async (ctx) => {
  const { server, session } = ctx;
  const channelId = requireChannelId(ctx.params.channel_id);
  if (isSessionGuest(session)) throw guestConversionRefused(session.user_id);
  await requireChannelPermission(server, session, channelId, READ_CHANNEL);
  const channel = await loadChannel(server, channelId);
  if (channel.type !== 'G' && channel.type !== 'D') {
    throw new AppError('app.channel.get_common_teams.incorrect_channel_type', 'The channel is not a direct or group message.', 400);
  }
  const members = await activeMembersOfChannel(server.db, channel.id, 8);
  if (!members.some((m) => m.id === session.user_id)) return ctx.json(200, []);
  const teams = await getTeamsOrdered(server.db, await commonTeamIds(server.db, members.map((m) => m.id)));
  return ctx.json(200, await Promise.all(teams.map((t) => toVisibleTeam(server, session, t))));
};
