/**
 * Who may see what in the teams API, as Mattermost decides it: the team lookups with their
 * 404 ids, the open-team exception to view_team, the user-scoped checks, and the view
 * restrictions that narrow member lists for callers without view_members.
 */
import type { Session } from '../sessions/types';
import type { TeamRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getTeamById, getTeamByName } from '../../db/queries/teams';
import { getUserById } from '../../db/queries/users';
import {
  getActiveTeamIdsForUser,
  getChannelIdsForUser,
  userBelongsToChannels,
  userBelongsToTeams,
  type ViewRestrictions,
} from '../../db/queries/teamLists';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { EDIT_OTHER_USERS, MANAGE_SYSTEM, VIEW_MEMBERS, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { isValidId } from '../../server/ids';

export const teamNotFound = () => new AppError('app.team.get.find.app_error', 'Unable to find the existing team.', 404);
export const userNotFound = () => new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
export const memberNotFound = () => new AppError('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.', 404);

/** Mattermost's RequireTeamId. */
export function requireTeamId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('team_id');
  return raw;
}

const TEAM_NAME = /^[a-z0-9]+([a-z\-0-9]+|(__)?)[a-z0-9]+$/;

/** Mattermost's RequireTeamName (IsValidTeamName). */
export function requireTeamName(raw: string): string {
  if (raw.length < 2 || !TEAM_NAME.test(raw)) throw Errors.invalidUrlParam('team_name');
  return raw;
}

export async function getTeamOr404(db: DbOrTx, teamId: string): Promise<TeamRow> {
  const team = await getTeamById(db, teamId);
  if (!team) throw teamNotFound();
  return team;
}

export async function getTeamByNameOr404(db: DbOrTx, name: string): Promise<TeamRow> {
  const team = await getTeamByName(db, name);
  if (!team) throw new AppError('app.team.get_by_name.missing.app_error', 'Unable to find the existing team.', 404);
  return team;
}

export async function getUserOr404(db: DbOrTx, userId: string): Promise<UserRow> {
  const user = await getUserById(db, userId);
  if (!user) throw userNotFound();
  return user;
}

/** Mattermost's IsSystemAdmin on the request context: the session may manage the system. */
export function isSystemAdminSession(server: ServerContext, session: Session | null): boolean {
  return hasSystemPermission(server, session, MANAGE_SYSTEM);
}

/** Mattermost's User.IsSystemAdmin: the account holds the system_admin role. */
export function hasSystemAdminRole(roles: string): boolean {
  return roles.split(' ').includes('system_admin');
}

export function isGuestSession(session: Session): boolean {
  return session.props.is_guest === 'true' || session.roles.split(' ').includes('system_guest');
}

/**
 * Mattermost's team read gate (getTeam, getTeamByName): anyone signed in sees a team that is
 * open to all (type O with open invites); any other team needs view_team.
 */
export async function requireTeamVisible(server: ServerContext, session: Session, team: TeamRow): Promise<void> {
  const openToAll = team.allowOpenInvite && team.type === 'O';
  if (!openToAll && !(await hasTeamPermission(server, session, team.id, VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
}

/**
 * Mattermost's SessionHasPermissionToUser: oneself, or edit_other_users — and a system admin
 * is only editable by someone who may manage the system.
 */
export async function sessionHasPermissionToUser(server: ServerContext, session: Session, userId: string): Promise<boolean> {
  if (session.user_id === userId) return true;
  if (!hasSystemPermission(server, session, EDIT_OTHER_USERS)) return false;
  const user = await getUserById(server.db, userId);
  if (!user) return false;
  if (hasSystemAdminRole(user.roles)) return hasSystemPermission(server, session, MANAGE_SYSTEM);
  return true;
}

/**
 * Mattermost's GetViewUsersRestrictions: none with view_members; else the teams where the
 * caller may view members and the channels the caller is in.
 */
export async function getViewRestrictions(server: ServerContext, session: Session): Promise<ViewRestrictions | null> {
  if (hasSystemPermission(server, session, VIEW_MEMBERS)) return null;
  const teamIds = await getActiveTeamIdsForUser(server.db, session.user_id);
  const allowed: string[] = [];
  for (const teamId of teamIds) if (await hasTeamPermission(server, session, teamId, VIEW_MEMBERS)) allowed.push(teamId);
  return { teams: allowed, channels: await getChannelIdsForUser(server.db, session.user_id) };
}

/** Mattermost's UserCanSeeOtherUser. */
export async function userCanSeeOtherUser(server: ServerContext, session: Session, otherUserId: string): Promise<boolean> {
  if (session.user_id === otherUserId) return true;
  const restrictions = await getViewRestrictions(server, session);
  if (!restrictions) return true;
  if (await userBelongsToTeams(server.db, otherUserId, restrictions.teams)) return true;
  return userBelongsToChannels(server.db, otherUserId, restrictions.channels);
}

export function isGroupConstrained(team: Pick<TeamRow, 'groupConstrained'>): boolean {
  return team.groupConstrained === true;
}
