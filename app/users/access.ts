/**
 * Who may see and edit which users, as Mattermost decides it: view restrictions from the
 * view_members permission (system, then team), SessionHasPermissionToUser for edits.
 */
import type { Session } from '../sessions/types';
import type { UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { getMembershipsOfLiveTeams } from '../../db/queries/userVisibility';
import { getChannelIdsForUser, getUserById, restrictionCondition, userMatches, type ViewRestrictions } from '../../db/queries/users';
import { teamMemberRoleNames } from '../../server/permissions/memberRoles';
import { hasSystemPermission } from '../../server/permissions/check';
import { AppError, Errors } from '../../server/http/appError';

export const MISSING_ACCOUNT = 'app.user.missing_account.const';

export function missingAccount(): AppError {
  return new AppError(MISSING_ACCOUNT, 'Unable to find the user.', 404);
}

export function isSystemAdminRole(roles: string): boolean {
  return roles.split(' ').includes('system_admin');
}

export function isGuestRole(roles: string): boolean {
  return roles.split(' ').includes('system_guest');
}

/** c.IsSystemAdmin(): the session holds manage_system. */
export function isAdminSession(server: ServerContext, session: Session | null): boolean {
  return hasSystemPermission(server, session, 'manage_system');
}

/**
 * Mattermost's GetViewUsersRestrictions: null when the user may see everyone (view_members at
 * system level); otherwise the teams (not archived) where the user's team roles grant
 * view_members, and every channel the user is in. Guests hold view_members nowhere, so they
 * see only the people of their channels.
 */
export async function viewRestrictions(server: ServerContext, session: Session): Promise<ViewRestrictions | null> {
  if (hasSystemPermission(server, session, 'view_members')) return null;
  const teams: string[] = [];
  for (const member of await getMembershipsOfLiveTeams(server.db, session.user_id)) {
    if (server.roles.hasPermission(teamMemberRoleNames(member), 'view_members')) teams.push(member.teamId);
  }
  const channels = await getChannelIdsForUser(server.db, session.user_id);
  return { teams, channels };
}

/**
 * UserCanSeeOtherUser: oneself always; otherwise the other user must be in one of the
 * restriction's teams OR share one of its channels (either suffices).
 */
export async function canSeeUser(server: ServerContext, session: Session, otherId: string, restrictions?: ViewRestrictions | null): Promise<boolean> {
  if (otherId === session.user_id) return true;
  const r = restrictions === undefined ? await viewRestrictions(server, session) : restrictions;
  if (!r) return true;
  const cond = restrictionCondition(r);
  if (!cond) return true;
  return userMatches(server.db, otherId, cond);
}

/**
 * SessionHasPermissionToUser: oneself, or manage_system, or edit_other_users on a user who
 * is not a system admin.
 */
export async function canEditUser(server: ServerContext, session: Session, userId: string, target?: UserRow): Promise<boolean> {
  if (!userId) return false;
  if (hasSystemPermission(server, session, 'manage_system')) return true;
  if (session.user_id === userId) return true;
  if (!hasSystemPermission(server, session, 'edit_other_users')) return false;
  const user = target ?? (await getUserById(server.db, userId));
  if (!user) return false;
  return !isSystemAdminRole(user.roles);
}

export async function requireEditUser(server: ServerContext, session: Session, userId: string, target?: UserRow): Promise<void> {
  if (!(await canEditUser(server, session, userId, target))) throw Errors.permission('edit_other_users');
}

/** Editing a system admin needs manage_system (Mattermost checks it after loading the user). */
export function requireManageSystemForAdmin(server: ServerContext, session: Session, user: UserRow): void {
  if (isSystemAdminRole(user.roles) && !hasSystemPermission(server, session, 'manage_system')) throw Errors.permission('manage_system');
}

export async function loadUser(server: ServerContext, userId: string): Promise<UserRow> {
  const user = await getUserById(server.db, userId);
  if (!user) throw missingAccount();
  return user;
}
