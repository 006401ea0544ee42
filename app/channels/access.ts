/**
 * What the channel handlers share: loading a channel or team with Mattermost's not-found
 * errors, path-parameter checks, paging, and the user-visibility rules Mattermost applies
 * before direct and group messages (UserCanSeeOtherUser, SessionHasPermissionToUser).
 */
import type { ChannelRow, TeamRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelById, getChannelMember } from '../../db/queries/channels';
import { getActiveTeamMembersForUser, getTeamById } from '../../db/queries/teams';
import { getUserById } from '../../db/queries/users';
import { userInAnyChannelOf, userInAnyTeam } from '../../db/queries/channelLists';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission, requireChannelPermission } from '../../server/permissions/authorization';
import { teamMemberRoleNames } from '../../server/permissions/memberRoles';
import {
  EDIT_OTHER_USERS,
  MANAGE_PRIVATE_CHANNEL_PROPERTIES,
  MANAGE_PUBLIC_CHANNEL_PROPERTIES,
  MANAGE_SYSTEM,
  MANAGE_TEAM,
  READ_CHANNEL,
  READ_PUBLIC_CHANNEL,
  VIEW_MEMBERS,
} from '../../server/permissions/permissionIds';

export const TOWN_SQUARE = 'town-square';

const CHANNEL_IDENTIFIER = /^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$/;
const TEAM_NAME = /^[a-z0-9]+([a-z\-0-9]+|(__)?)[a-z0-9]+$/;

/** A channel id path parameter (Mattermost's RequireChannelId). */
export function requireChannelId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('channel_id');
  return raw;
}

export function requireTeamId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('team_id');
  return raw;
}

export function requireChannelName(raw: string): string {
  if (!CHANNEL_IDENTIFIER.test(raw)) throw Errors.invalidUrlParam('channel_name');
  return raw;
}

export function requireTeamName(raw: string): string {
  if (raw.length < 2 || !TEAM_NAME.test(raw)) throw Errors.invalidUrlParam('team_name');
  return raw;
}

export function channelNotFound(): AppError {
  return new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
}

export function channelNameNotFound(): AppError {
  return new AppError('app.channel.get_by_name.missing.app_error', 'Channel does not exist.', 404);
}

export function payloadParseError(detail = ''): AppError {
  return new AppError('api.payload.parse.error', 'Error parsing the payload.', 400, detail);
}

/** The channel, or Mattermost's 404 (App.GetChannel). */
export async function loadChannel(server: ServerContext, id: string): Promise<ChannelRow> {
  const row = await getChannelById(server.db, id);
  if (!row) throw channelNotFound();
  return row;
}

/** The team, or Mattermost's 404 (App.GetTeam). */
export async function loadTeam(server: ServerContext, id: string): Promise<TeamRow> {
  const row = isValidId(id) ? await getTeamById(server.db, id) : undefined;
  if (!row) throw new AppError('app.team.get.find.app_error', 'Unable to find the existing team.', 404);
  return row;
}

/** Mattermost's page / per_page handling: bad or negative values fall back, per_page caps at 200. */
export function paging(query: { page?: number; per_page?: number }): { page: number; perPage: number; offset: number } {
  const page = Number.isInteger(query.page) && query.page! >= 0 ? query.page! : 0;
  let perPage = Number.isInteger(query.per_page) && query.per_page! >= 0 ? query.per_page! : 60;
  if (perPage > 200) perPage = 200;
  return { page, perPage, offset: page * perPage };
}

/** A `last_delete_at` query value: absent or unparsable is 0, negative is refused. */
export function lastDeleteAt(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return 0;
  if (value < 0) throw Errors.invalidUrlParam('last_delete_at');
  return Math.trunc(value);
}

export function isSessionGuest(session: Session): boolean {
  return session.roles.split(' ').includes('system_guest');
}

/** Mattermost's SessionHasPermissionToUser: oneself, a system manager, or edit_other_users on a non-admin. */
export async function sessionHasPermissionToUser(server: ServerContext, session: Session, userId: string): Promise<boolean> {
  if (hasSystemPermission(server, session, MANAGE_SYSTEM)) return true;
  if (session.user_id === userId) return true;
  if (!hasSystemPermission(server, session, EDIT_OTHER_USERS)) return false;
  const user = await getUserById(server.db, userId);
  if (!user) return false;
  return !user.roles.split(' ').includes('system_admin');
}

export async function requirePermissionToUser(server: ServerContext, session: Session, userId: string): Promise<void> {
  if (!(await sessionHasPermissionToUser(server, session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
}

/**
 * Mattermost's UserCanSeeOtherUser: view_members system-wide sees everyone; otherwise the other
 * user must share a team where the viewer has view_members, or share a channel with the viewer.
 */
export async function userCanSeeOtherUser(server: ServerContext, session: Session, otherUserId: string): Promise<boolean> {
  if (session.user_id === otherUserId) return true;
  if (hasSystemPermission(server, session, VIEW_MEMBERS)) return true;
  const memberships = await getActiveTeamMembersForUser(server.db, session.user_id);
  const teamIds = memberships.filter((m) => server.roles.hasPermission(teamMemberRoleNames(m), VIEW_MEMBERS)).map((m) => m.teamId);
  if (await userInAnyTeam(server.db, otherUserId, teamIds)) return true;
  return userInAnyChannelOf(server.db, otherUserId, session.user_id);
}

/**
 * Mattermost's getChannel rule: a public channel is readable with read_public_channel in its
 * team or read_channel on it; any other channel needs read_channel.
 */
export async function requireChannelRead(server: ServerContext, session: Session, channel: ChannelRow): Promise<void> {
  if (channel.type === 'O' && (await hasTeamPermission(server, session, channel.teamId, READ_PUBLIC_CHANNEL))) return;
  if (await hasChannelPermission(server, session, channel, READ_CHANNEL)) return;
  throw Errors.permission(READ_CHANNEL);
}

/**
 * Mattermost's getChannelByName rule: a public channel needs read_public_channel in the team or
 * read_channel (else 403); any other channel needs manage_team in its team or read_channel, and
 * otherwise does not exist (404), so that private channels are not revealed by name.
 */
export async function requireChannelReadByName(server: ServerContext, session: Session, channel: ChannelRow): Promise<void> {
  if (channel.type === 'O') {
    if (await hasTeamPermission(server, session, channel.teamId, READ_PUBLIC_CHANNEL)) return;
    if (await hasChannelPermission(server, session, channel, READ_CHANNEL)) return;
    throw Errors.permission(READ_PUBLIC_CHANNEL);
  }
  if (await hasChannelPermission(server, session, channel, READ_CHANNEL)) return;
  if (await hasTeamPermission(server, session, channel.teamId, MANAGE_TEAM)) return;
  throw channelNameNotFound();
}

export function forbiddenUpdate(): AppError {
  return new AppError('api.channel.patch_update_channel.forbidden.app_error', 'Failed to update the channel.', 403);
}

/**
 * Who may change a channel's properties (Mattermost's updateChannel / patchChannel):
 * manage_*_channel_properties for team channels; for direct and group channels, membership.
 */
export async function requirePropertiesPermission(server: ServerContext, session: Session, channel: ChannelRow): Promise<void> {
  if (channel.type === 'O') return requireChannelPermission(server, session, channel, MANAGE_PUBLIC_CHANNEL_PROPERTIES);
  if (channel.type === 'P') return requireChannelPermission(server, session, channel, MANAGE_PRIVATE_CHANNEL_PROPERTIES);
  if (channel.type === 'D' || channel.type === 'G') {
    if (!(await getChannelMember(server.db, channel.id, session.user_id))) throw forbiddenUpdate();
    return;
  }
  throw forbiddenUpdate();
}

export function teamMemberMissing(): AppError {
  return new AppError('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.', 404);
}

export function guestConversionRefused(userId: string): AppError {
  return new AppError(
    'api.channel.gm_to_channel_conversion.not_allowed_for_user.request_error',
    'Guests are not allowed to convert group messages to channels.',
    403,
    `userId=${userId}`,
  );
}

/**
 * Team permission for a team id taken from a request body, as Mattermost checks it: no team
 * for '', system roles alone for an id no team can have, else team then system roles.
 */
export async function hasTeamPermissionFor(server: ServerContext, session: Session, teamId: string, permission: string): Promise<boolean> {
  if (!teamId) return false;
  if (!isValidId(teamId)) return hasSystemPermission(server, session, permission);
  return hasTeamPermission(server, session, teamId, permission);
}

export async function requireTeamPermissionFor(server: ServerContext, session: Session, teamId: string, permission: string): Promise<void> {
  if (!(await hasTeamPermissionFor(server, session, teamId, permission))) throw Errors.permission(permission);
}
