/**
 * Channel membership operations with Mattermost's rules: adding (self-join or by a member
 * manager), removing/leaving, member roles and notification preferences.
 */
import type { Session } from '../sessions/types';
import type { ChannelMemberRow, ChannelRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { getChannelMember, updateChannelMemberFields } from '../../db/queries/channels';
import { getTeamMemberRow, updateTeamMemberFields } from '../../db/queries/teams';
import { clearSidebarForTeam, getChannelMembersForUserInTeam, mergeMemberNotifyProps } from '../../db/queries/channelMembers';
import { removeChannelMembers } from '../../db/queries/channelLists';
import { lockChannelRow } from '../../db/queries/postCounts';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, nowMillis } from '../../server/ids';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import {
  INVITE_USER,
  JOIN_PUBLIC_CHANNELS,
  MANAGE_PRIVATE_CHANNEL_MEMBERS,
  MANAGE_PUBLIC_CHANNEL_MEMBERS,
  READ_CHANNEL,
} from '../../server/permissions/permissionIds';
import { CHANNEL_ADMIN_ROLE_ID, CHANNEL_GUEST_ROLE_ID, CHANNEL_USER_ROLE_ID } from '../../server/permissions/builtinRoles';
import { canSeeUser } from '../users/access';
import { TOWN_SQUARE } from '../teams/membership';
import { addChannelMember, isGuest } from './membership';
import { toApiChannelMember, type ApiChannelMember } from './serialize';
import { loadMember, loadUser, memberNotFound } from './membersAccess';
import { publishChannelMemberUpdated, publishUserAdded, publishUserRemoved } from './events';
import { postAddToChannel, postJoinChannel, postLeaveChannel, postRemoveFromChannel } from './systemPosts';
import { maintainThreadMembership } from '../posts/threadFollow';

/** A member as another user sees it: their read timestamps are hidden (-1), as Mattermost's SanitizeForCurrentUser. */
export function memberForViewer(row: ChannelMemberRow, viewerId: string): ApiChannelMember {
  const api = toApiChannelMember(row);
  if (row.userId !== viewerId) {
    api.last_viewed_at = -1;
    api.last_update_at = -1;
  }
  return api;
}

const isSessionGuest = (session: Session) => session.roles.split(' ').includes('system_guest');

/**
 * POST /channels/{id}/members: adds each user as Mattermost's addChannelMember does. Each add
 * stands alone; when none succeeds the last error is raised.
 */
export async function addMembersToChannel(
  server: ServerContext,
  session: Session,
  channel: ChannelRow,
  userIds: string[],
  postRootId = '',
): Promise<ChannelMemberRow[]> {
  if (isSessionGuest(session)) {
    if (!(await hasChannelPermission(server, session, channel, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
    for (const userId of userIds) {
      if (!(await canSeeUser(server, session, userId))) throw Errors.permission(INVITE_USER);
    }
  }
  if (channel.type === 'D' || channel.type === 'G') {
    throw new AppError('api.channel.add_user_to_channel.type.app_error', 'Can not add user to this channel type.', 400);
  }
  let canAddSelf = false;
  let canAddOthers = false;
  if (channel.type === 'O') {
    canAddSelf = await hasTeamPermission(server, session, channel.teamId, JOIN_PUBLIC_CHANNELS);
    canAddOthers = await hasChannelPermission(server, session, channel, MANAGE_PUBLIC_CHANNEL_MEMBERS);
  } else if (!(await hasChannelPermission(server, session, channel, MANAGE_PRIVATE_CHANNEL_MEMBERS))) {
    throw Errors.permission(MANAGE_PRIVATE_CHANNEL_MEMBERS);
  }
  if (channel.groupConstrained) {
    throw new AppError('api.channel.add_members.user_denied', 'Channel membership denied to the following users because of group constraints.', 400, '', {
      UserIDs: userIds,
    });
  }

  const added: ChannelMemberRow[] = [];
  let lastError: AppError | undefined;
  for (const userId of userIds) {
    try {
      const existing = await getChannelMember(server.db, channel.id, userId);
      if (channel.type === 'O') {
        const self = userId === session.user_id;
        if (self && existing) {
          added.push(existing);
          continue;
        }
        if (self && !canAddSelf) throw Errors.permission(JOIN_PUBLIC_CHANNELS);
        if (!self && !canAddOthers) throw Errors.permission(MANAGE_PUBLIC_CHANNEL_MEMBERS);
      }
      if (existing) {
        added.push(existing);
        continue;
      }
      added.push(await addUserToChannel(server, channel, await loadUser(server.db, userId), session.user_id, postRootId));
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      lastError = err;
    }
  }
  if (lastError && added.length === 0) throw lastError;
  return added;
}

/**
 * Mattermost's AddChannelMember / AddUserToChannel: the user must be (still) in the channel's
 * team; archived channels refuse. With the membership comes its system message, the user's own
 * join message when they added themselves, else the requestor's "added" message. After the
 * commit: `user_added` to the channel's other members and to the user, then the message.
 */
async function addUserToChannel(server: ServerContext, channel: ChannelRow, user: UserRow, requestorId: string, postRootId: string): Promise<ChannelMemberRow> {
  const teamMember = await getTeamMemberRow(server.db, channel.teamId, user.id);
  if (!teamMember) throw new AppError('app.team.get_member.missing.app_error', 'No team member found for that user ID and team ID.', 404);
  if (teamMember.deleteAt > 0) {
    throw new AppError('api.channel.add_user.to.channel.failed.deleted.app_error', 'Failed to add user to channel because they have been removed from the team.', 400);
  }
  if (channel.deleteAt > 0) {
    throw new AppError('api.channel.add_user_to_channel.deleted.app_error', 'The channel has been archived or deleted.', 400);
  }
  const requestor = requestorId === user.id ? user : await loadUser(server.db, requestorId);
  const { member, post } = await server.db.transaction(async (tx) => {
    // The channel row first, as every post write takes it: one lock order, no deadlock.
    await lockChannelRow(tx, channel.id);
    const row = await addChannelMember(tx, channel, user);
    const message = requestor.id === user.id ? await postJoinChannel(server, tx, channel, user) : await postAddToChannel(server, tx, channel, requestor, user);
    // Added from a thread: the user follows it (Mattermost's UpdateThreadFollowForUserFromChannelAdd).
    if (postRootId) {
      await maintainThreadMembership(tx, user.id, postRootId, { following: true, updateFollowing: true, incrementMentions: false, updateViewed: false, at: nowMillis() });
    }
    return { member: row, post: message };
  });
  publishUserAdded(server, channel, user.id);
  post.publish();
  return member;
}

/**
 * DELETE /channels/{id}/members/{user_id}: leave, or remove someone (checked by the caller), as
 * Mattermost's RemoveUserFromChannel. Nobody but guests leaves town-square; a guest left without
 * channels in the team leaves it. The membership goes with the user's sidebar placement and
 * thread memberships of the channel, and the leave message (their own) or the removal message
 * (the remover's) is written. After the commit: `user_removed` to the remaining members and to
 * the removed user, then the message.
 */
export async function removeMemberFromChannel(server: ServerContext, channel: ChannelRow, user: UserRow, removerId = user.id): Promise<void> {
  const guest = isGuest(user);
  if (channel.name === TOWN_SQUARE && !guest) {
    throw new AppError('api.channel.remove.default.app_error', `Unable to remove user from the default channel ${TOWN_SQUARE}.`, 400, '', {
      Channel: TOWN_SQUARE,
    });
  }
  await loadMember(server.db, channel.id, user.id);
  const post = await server.db.transaction(async (tx) => {
    await lockChannelRow(tx, channel.id);
    await removeChannelMembers(tx, channel.id, [user.id]);
    if (guest && channel.teamId) {
      const remaining = await getChannelMembersForUserInTeam(tx, user.id, channel.teamId);
      if (remaining.length === 0) {
        const teamMember = await getTeamMemberRow(tx, channel.teamId, user.id);
        if (teamMember && teamMember.deleteAt === 0) {
          await updateTeamMemberFields(tx, channel.teamId, user.id, { deleteAt: nowMillis() });
          await clearSidebarForTeam(tx, user.id, channel.teamId);
        }
      }
    }
    return removerId === user.id ? postLeaveChannel(server, tx, channel, user) : postRemoveFromChannel(server, tx, channel, removerId, user);
  });
  publishUserRemoved(server, channel, user.id, removerId);
  post.publish();
}

const ROLE_NAME = /^[a-z0-9_]+$/;

/** Mattermost's IsValidChannelMemberRoles: space-separated role names of [a-z0-9_], 1–64 long. */
export function validChannelMemberRoles(roles: string): boolean {
  return roles
    .split(/\s+/)
    .filter(Boolean)
    .every((name) => name.length <= 64 && ROLE_NAME.test(name));
}

/** PUT …/members/{user_id}/roles: scheme roles become flags, other (non scheme-managed) roles stay explicit. */
export async function updateMemberRoles(server: ServerContext, channelId: string, userId: string, roles: string): Promise<ChannelMemberRow> {
  const member = await loadMember(server.db, channelId, userId);
  const flags = { schemeGuest: false, schemeUser: false, schemeAdmin: false };
  const explicit: string[] = [];
  for (const name of roles.split(/\s+/).filter(Boolean)) {
    const role = server.roles.getByName(name);
    if (!role) throw new AppError('app.role.get_by_name.app_error', 'Unable to get role.', 400, `role_name=${name}`);
    if (!role.schemeManaged) {
      explicit.push(name);
      continue;
    }
    if (name === CHANNEL_ADMIN_ROLE_ID) flags.schemeAdmin = true;
    else if (name === CHANNEL_USER_ROLE_ID) flags.schemeUser = true;
    else if (name === CHANNEL_GUEST_ROLE_ID) flags.schemeGuest = true;
    else {
      throw new AppError(
        'api.channel.update_channel_member_roles.scheme_role.app_error',
        'The provided role is managed by a Scheme and therefore cannot be applied directly to a Channel Member.',
        400,
        `role_name=${name}`,
      );
    }
  }
  if (flags.schemeUser && flags.schemeGuest) throw guestAndUser();
  if (flags.schemeGuest !== member.schemeGuest) {
    throw new AppError('api.channel.update_channel_member_roles.changing_guest_role.app_error', 'Invalid channel member update: You can\'t add or remove the guest role manually.', 400);
  }
  return saveMember(server, channelId, userId, { ...flags, roles: explicit.join(' ') });
}

const guestAndUser = () =>
  new AppError('api.channel.update_channel_member_roles.guest_and_user.app_error', 'Invalid channel member update: A user must be a guest or a user but not both.', 400);

/** PUT …/members/{user_id}/schemeRoles. */
export async function updateMemberSchemeRoles(
  server: ServerContext,
  channelId: string,
  userId: string,
  flags: { schemeGuest: boolean; schemeUser: boolean; schemeAdmin: boolean },
): Promise<ChannelMemberRow> {
  await loadMember(server.db, channelId, userId);
  if (flags.schemeUser && flags.schemeGuest) throw guestAndUser();
  return saveMember(server, channelId, userId, flags);
}

/** Saves the membership's role fields; `channel_member_updated` goes to the member. */
async function saveMember(server: ServerContext, channelId: string, userId: string, fields: Partial<ChannelMemberRow>): Promise<ChannelMemberRow> {
  const row = await updateChannelMemberFields(server.db, channelId, userId, { ...fields, lastUpdateAt: nowMillis() });
  if (!row) throw memberNotFound();
  publishChannelMemberUpdated(server, row);
  return row;
}

const NOTIFY_LEVELS = ['default', 'all', 'mention', 'none'];

/** The notify props a client may change, each with Mattermost's validation (IsChannelMemberNotifyPropsValid). */
const NOTIFY_PROP_RULES: Record<string, { id: string; max: number; allowed?: string[] }> = {
  mark_unread: { id: 'model.channel_member.is_valid.unread_level.app_error', max: 20, allowed: ['all', 'mention'] },
  desktop: { id: 'model.channel_member.is_valid.notify_level.app_error', max: 20, allowed: NOTIFY_LEVELS },
  desktop_threads: { id: '', max: Infinity },
  email: { id: 'model.channel_member.is_valid.email_value.app_error', max: 20, allowed: ['default', 'true', 'false'] },
  push: { id: 'model.channel_member.is_valid.push_level.app_error', max: 20, allowed: NOTIFY_LEVELS },
  push_threads: { id: '', max: Infinity },
  ignore_channel_mentions: { id: 'model.channel_member.is_valid.ignore_channel_mentions_value.app_error', max: 40, allowed: ['default', 'off', 'on'] },
  channel_auto_follow_threads: { id: 'model.channel_member.is_valid.channel_auto_follow_threads_value.app_error', max: 3, allowed: ['on', 'off'] },
};

/** Keeps the recognised props of a client's map and validates them; other keys are ignored, as Mattermost does. */
export function filterNotifyProps(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, rule] of Object.entries(NOTIFY_PROP_RULES)) {
    if (!(key in data)) continue;
    const value = data[key];
    if (typeof value !== 'string' || value.includes('\0')) throw Errors.invalidBodyParam('notify_props');
    if (rule.allowed && (value.length > rule.max || !rule.allowed.includes(value))) {
      throw new AppError(rule.id, 'Invalid notify props for channel member.', 400, `${key}=${value}`);
    }
    out[key] = value;
  }
  return out;
}

/** PUT …/members/{user_id}/notify_props: merges the recognised props into the member's; `channel_member_updated` to the member. */
export async function updateMemberNotifyProps(server: ServerContext, channelId: string, userId: string, data: Record<string, unknown>): Promise<ChannelMemberRow> {
  const props = filterNotifyProps(data);
  const row = await mergeMemberNotifyProps(server.db, channelId, userId, props, nowMillis());
  if (!row) throw memberNotFound();
  publishChannelMemberUpdated(server, row);
  return row;
}

/** Parses the body of POST /channels/{id}/members into user ids, with Mattermost's error names. */
export function parseAddMembersBody(body: Record<string, unknown>): { userIds: string[]; single: boolean } {
  if (Array.isArray(body.user_ids)) {
    if (body.user_ids.length > 1000) throw Errors.invalidBodyParam('user_ids');
    for (const id of body.user_ids) if (!isValidId(id)) throw Errors.invalidBodyParam('user_id in user_ids');
    return { userIds: body.user_ids as string[], single: false };
  }
  if (!isValidId(body.user_id)) throw Errors.invalidBodyParam('user_id or user_ids');
  return { userIds: [body.user_id], single: true };
}

