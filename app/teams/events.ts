/**
 * The WebSocket events team operations publish, with Mattermost's names, data and broadcasts
 * (app/team.go, app/teams/teams.go, app/channel.go JoinDefaultChannels). Objects travel as JSON
 * strings, as Mattermost marshals them. Called after the operation's transaction commits.
 *
 *   added_to_team       user_id = the user                 {team_id, user_id}
 *   leave_team          team_id, omitting the user         {user_id, team_id}
 *                       + user_id = the user who left
 *   update_team         team_id                            {team}  (sanitized: no email, no invite id)
 *   delete_team         team_id                            {team}
 *   restore_team        team_id                            {team}
 *   memberrole_updated  user_id = the member               {member}
 *   user_added          channel_id (a default channel)     {user_id, team_id}
 */
import type { ChannelRow, TeamMemberRow, TeamRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { toApiTeam, toApiTeamMember } from './serialize';

export function publishAddedToTeam(server: ServerContext, teamId: string, userId: string): void {
  server.events.publish({ event: 'added_to_team', data: { team_id: teamId, user_id: userId }, broadcast: { user_id: userId } });
}

/** To the team's other members, then to the user, who is no longer among them. */
export function publishLeaveTeam(server: ServerContext, teamId: string, userId: string): void {
  server.events.publish({ event: 'leave_team', data: { user_id: userId, team_id: teamId }, broadcast: { team_id: teamId, omit_users: { [userId]: true } } });
  server.events.publish({ event: 'leave_team', data: { user_id: userId, team_id: teamId }, broadcast: { user_id: userId } });
}

/** Mattermost's Team.Sanitize for events: the contact address and the invite id are left out. */
export function sanitizedTeamJson(team: TeamRow): string {
  return JSON.stringify({ ...toApiTeam(team), email: '', invite_id: '' });
}

export type TeamEventName = 'update_team' | 'delete_team' | 'restore_team';

/**
 * Mattermost's sendTeamEvent: the sanitized team to the team's members. `formerMembers` are
 * the members of a team deleted for good, who are no longer listed anywhere: each gets the event
 * addressed to them (Mattermost's sockets still know the team from their session).
 */
export function publishTeamEvent(server: ServerContext, event: TeamEventName, team: TeamRow, formerMembers?: string[]): void {
  const data = { team: sanitizedTeamJson(team) };
  if (formerMembers) {
    for (const userId of formerMembers) server.events.publish({ event, data: { ...data }, broadcast: { team_id: team.id, user_id: userId } });
    return;
  }
  server.events.publish({ event, data, broadcast: { team_id: team.id } });
}

export function publishMemberRoleUpdated(server: ServerContext, member: TeamMemberRow): void {
  server.events.publish({ event: 'memberrole_updated', data: { member: JSON.stringify(toApiTeamMember(member)) }, broadcast: { user_id: member.userId } });
}

/** JoinDefaultChannels announces each default channel joined to the channel (the user included). */
export function publishDefaultChannelJoined(server: ServerContext, channel: Pick<ChannelRow, 'id' | 'teamId'>, userId: string): void {
  server.events.publish({ event: 'user_added', data: { user_id: userId, team_id: channel.teamId }, broadcast: { channel_id: channel.id } });
}
