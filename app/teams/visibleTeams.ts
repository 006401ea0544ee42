/**
 * Mattermost's SanitizeTeams for a list: the same rule as toVisibleTeam (email and invite id
 * for managers, invite id for those who may invite), with the caller's memberships read once.
 */
import type { Session } from '../sessions/types';
import type { TeamRow } from '../../db/schema';
import { getActiveTeamMembersForUser } from '../../db/queries/teams';
import type { ServerContext } from '../../server/context';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { teamMemberRoleNames } from '../../server/permissions/memberRoles';
import { INVITE_USER, MANAGE_TEAM } from '../../server/permissions/permissionIds';
import { toApiTeam, type ApiTeam } from './serialize';

export async function toVisibleTeams(server: ServerContext, session: Session, rows: TeamRow[]): Promise<ApiTeam[]> {
  if (rows.length === 0) return [];
  const memberships = new Map((await getActiveTeamMembersForUser(server.db, session.user_id)).map((m) => [m.teamId, m]));
  const can = (teamId: string, permission: string): boolean => {
    const member = memberships.get(teamId);
    if (member && server.roles.hasPermission(teamMemberRoleNames(member), permission)) return true;
    return hasSystemPermission(server, session, permission);
  };
  return rows.map((row) => {
    const team = toApiTeam(row);
    if (can(row.id, MANAGE_TEAM)) return team;
    return { ...team, email: '', invite_id: can(row.id, INVITE_USER) ? team.invite_id : '' };
  });
}
