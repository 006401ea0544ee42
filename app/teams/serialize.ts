import type { TeamMemberRow, TeamRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM, INVITE_USER } from '../../server/permissions/permissionIds';
import { teamMemberRoleNames } from '../../server/permissions/memberRoles';
import type { components } from '../../generated/schema';

export type ApiTeam = components['schemas']['Team'];
export type ApiTeamMember = components['schemas']['TeamMember'];

/**
 * A team as Mattermost marshals it: every field, except last_team_icon_update, which Mattermost
 * leaves out while it is 0 (`omitempty`; the spec does not require it).
 */
export function toApiTeam(row: TeamRow): ApiTeam {
  const team: ApiTeam = {
    id: row.id,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    display_name: row.displayName,
    name: row.name,
    description: row.description,
    email: row.email,
    type: row.type as ApiTeam['type'],
    company_name: row.companyName,
    allowed_domains: row.allowedDomains,
    invite_id: row.inviteId,
    allow_open_invite: row.allowOpenInvite,
    last_team_icon_update: row.lastTeamIconUpdate,
    scheme_id: row.schemeId,
    group_constrained: row.groupConstrained,
    policy_id: null,
    cloud_limits_archived: row.cloudLimitsArchived,
  };
  if (!row.lastTeamIconUpdate) delete team.last_team_icon_update;
  return team;
}

/**
 * The team as this session may see it (Mattermost's SanitizeTeam): email and invite id only
 * for those who manage the team; invite id also for those who may invite.
 */
export async function toVisibleTeam(server: ServerContext, session: Session | null, row: TeamRow): Promise<ApiTeam> {
  const team = toApiTeam(row);
  if (await hasTeamPermission(server, session, row.id, MANAGE_TEAM)) return team;
  const canInvite = await hasTeamPermission(server, session, row.id, INVITE_USER);
  return { ...team, email: '', invite_id: canInvite ? team.invite_id : '' };
}

export function toApiTeamMember(row: TeamMemberRow): ApiTeamMember {
  return {
    team_id: row.teamId,
    user_id: row.userId,
    roles: teamMemberRoleNames(row),
    delete_at: row.deleteAt,
    scheme_guest: row.schemeGuest,
    scheme_user: row.schemeUser,
    scheme_admin: row.schemeAdmin,
    explicit_roles: row.roles,
  };
}
