/**
 * Mattermost's GetPostInfo, behind permalinks: the channel (and team) a post is in and whether
 * the caller has joined them. A post in a team the caller cannot join, or in a private channel
 * they neither belong to nor manage, does not exist for them (404).
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelMember } from '../../db/queries/channels';
import { getTeamById, getTeamMemberRow } from '../../db/queries/teams';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { JOIN_PRIVATE_TEAMS, JOIN_PUBLIC_TEAMS, MANAGE_PRIVATE_CHANNEL_MEMBERS, READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { loadPost, loadPostChannel, postNotFound } from './access';

export async function getPostInfo(server: ServerContext, session: Session, postId: string): Promise<Record<string, unknown>> {
  const post = await loadPost(server, postId);
  const channel = await loadPostChannel(server, post);
  const userId = session.user_id;
  const team = channel.teamId ? await getTeamById(server.db, channel.teamId) : undefined;
  const teamMember = team ? await getTeamMemberRow(server.db, team.id, userId) : undefined;
  const joinedTeam = !!teamMember && teamMember.deleteAt === 0;
  if (team && !joinedTeam) {
    const canJoin = await hasTeamPermission(server, session, team.id, team.allowOpenInvite ? JOIN_PUBLIC_TEAMS : JOIN_PRIVATE_TEAMS);
    if (!canJoin) throw postNotFound();
  }
  const member = await getChannelMember(server.db, channel.id, userId);
  if (!member) {
    let allowed = false;
    if (channel.type === 'O') allowed = true;
    else if (channel.type === 'P') allowed = await hasChannelPermission(server, session, channel, MANAGE_PRIVATE_CHANNEL_MEMBERS);
    else allowed = await hasChannelPermission(server, session, channel, READ_CHANNEL_CONTENT);
    if (!allowed) throw postNotFound();
  }
  const info: Record<string, unknown> = {
    channel_id: channel.id,
    channel_type: channel.type,
    channel_display_name: channel.displayName,
    has_joined_channel: !!member,
    team_id: team?.id ?? '',
    team_type: team ? (team.allowOpenInvite ? 'O' : 'I') : '',
    team_display_name: team?.displayName ?? '',
    has_joined_team: team ? joinedTeam : false,
  };
  return info;
}
