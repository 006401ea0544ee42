/**
 * Team membership operations of the teams API, as Mattermost's app layer runs them: adding a
 * user (AddUserToTeam / JoinUserToTeam), leaving or being removed (LeaveTeam), and changing a
 * member's roles.
 */
import type { TeamMemberRow, TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getTeamMemberRow, updateTeamMemberFields } from '../../db/queries/teams';
import { updateUserFields } from '../../db/queries/users';
import { clearSidebarForTeam, deletePreferenceCategory, removeUserFromTeamChannels } from '../../db/queries/teamLists';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { splitSchemeRoles } from '../../server/permissions/memberRoles';
import { isGuest } from '../channels/membership';
import { joinTeam } from './membership';
import { isTeamEmailAllowed } from './domains';
import { getTeamOr404, getUserOr404, memberNotFound } from './access';

export const domainNotAllowed = () =>
  new AppError('api.team.join_user_to_team.allowed_domains.app_error', 'The email address of this user is not in a domain this team allows.', 400);

/**
 * Mattermost's JoinUserToTeam: the user's address must be in the team's allowed domains; the
 * user whose address is the team's contact address joins as team admin.
 */
export async function joinUserToTeam(server: ServerContext, db: DbOrTx, team: TeamRow, user: UserRow): Promise<TeamMemberRow> {
  if (!isTeamEmailAllowed(user, team, server.config.get())) throw domainNotAllowed();
  const asAdmin = !isGuest(user) && team.email !== '' && team.email === user.email;
  const { member, added } = await joinTeam(server, db, team, user, { asAdmin });
  if (added) await updateUserFields(db, user.id, { updateAt: nowMillis() });
  return member;
}

/** Mattermost's AddUserToTeam: the team (404), the user (404), then the join. */
export async function addUserToTeam(server: ServerContext, db: DbOrTx, teamId: string, userId: string): Promise<TeamMemberRow> {
  const team = await getTeamOr404(db, teamId);
  const user = await getUserOr404(db, userId);
  return joinUserToTeam(server, db, team, user);
}

/**
 * Mattermost's LeaveTeam: the user leaves every channel of the team, the membership is marked
 * left (its row and roles stay), the user's sidebar for the team is cleared. Leaving again is
 * allowed; a user who never was a member is refused. Preferences filed under the team go too.
 */
export async function removeUserFromTeam(db: DbOrTx, team: TeamRow, user: UserRow): Promise<void> {
  const member = await getTeamMemberRow(db, team.id, user.id);
  if (!member) {
    throw new AppError('api.team.remove_user_from_team.missing.app_error', 'The user does not appear to be part of this team.', 400);
  }
  await removeUserFromTeamChannels(db, team.id, user.id);
  const now = nowMillis();
  await updateTeamMemberFields(db, team.id, user.id, { deleteAt: now });
  await updateUserFields(db, user.id, { updateAt: now });
  await clearSidebarForTeam(db, user.id, team.id);
  await deletePreferenceCategory(db, user.id, team.id);
}

const TEAM_SCHEME_ROLES = new Set(['team_guest', 'team_user', 'team_admin']);

/**
 * Mattermost's UpdateTeamMemberRoles: each name must be a role; team_guest / team_user /
 * team_admin become the scheme flags, other scheme-managed roles are refused, the rest are
 * kept as explicit roles. A member cannot become both guest and user, nor change guest-ness.
 */
export async function updateTeamMemberRoles(server: ServerContext, teamId: string, userId: string, roles: string): Promise<TeamMemberRow> {
  return server.db.transaction(async (tx) => {
    const member = await getTeamMemberRow(tx, teamId, userId);
    if (!member) throw memberNotFound();
    await getTeamOr404(tx, teamId);
    for (const name of roles.split(/\s+/).filter(Boolean)) {
      const role = server.roles.getByName(name);
      if (!role) throw new AppError('app.role.get_by_name.app_error', 'Unable to get role.', 400, `role_name=${name}`);
      if (role.schemeManaged && !TEAM_SCHEME_ROLES.has(name)) {
        throw new AppError(
          'api.channel.update_team_member_roles.scheme_role.app_error',
          'The provided role is managed by a Scheme and therefore cannot be applied directly to a Team Member.',
          400,
          `role_name=${name}`,
        );
      }
    }
    const next = splitSchemeRoles(roles, 'team');
    if (next.roles.length > 256) {
      throw new AppError('model.team_member.is_valid.roles_limit.app_error', 'Invalid team member roles longer than 256 characters.', 400, '', { Limit: 256 });
    }
    if (next.schemeGuest && next.schemeUser) throw guestAndUser();
    if (next.schemeGuest !== member.schemeGuest) {
      throw new AppError('api.channel.update_team_member_roles.changing_guest_role.app_error', 'Invalid team member update: You can\'t add or remove the guest role manually.', 400);
    }
    return (await updateTeamMemberFields(tx, teamId, userId, next))!;
  });
}

function guestAndUser(): AppError {
  return new AppError('api.team.update_team_member_roles.guest_and_user.app_error', 'Invalid team member update: A user must be a guest or a user but not both.', 400);
}

/** Mattermost's UpdateTeamMemberSchemeRoles: sets the three flags; guest and user together are refused. */
export async function updateTeamMemberSchemeRoles(
  server: ServerContext,
  teamId: string,
  userId: string,
  flags: { schemeGuest: boolean; schemeUser: boolean; schemeAdmin: boolean },
): Promise<TeamMemberRow> {
  return server.db.transaction(async (tx) => {
    const member = await getTeamMemberRow(tx, teamId, userId);
    if (!member) throw memberNotFound();
    if (flags.schemeUser && flags.schemeGuest) throw guestAndUser();
    return (await updateTeamMemberFields(tx, teamId, userId, flags))!;
  });
}
