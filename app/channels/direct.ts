/**
 * Direct (D) and group (G) channels, as Mattermost creates them: idempotent by name (a direct
 * channel is `<smaller id>__<larger id>`, a group channel the sha1 of its sorted member ids),
 * with no team, and every participant a member.
 */
import { createHash } from 'node:crypto';
import type { ChannelRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';
import { getChannelByName } from '../../db/queries/channels';
import { commonTeamIds, getUsersByIds, insertChannelIfAbsent } from '../../db/queries/channelLists';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { addChannelMember } from './membership';
import { publishDirectAdded, publishGroupAdded } from './events';

export const GROUP_MIN_USERS = 3;
export const GROUP_MAX_USERS = 8;

export function directChannelName(a: string, b: string): string {
  return a > b ? `${b}__${a}` : `${a}__${b}`;
}

export function groupChannelName(userIds: string[]): string {
  const hash = createHash('sha1');
  for (const id of [...userIds].sort()) hash.update(id);
  return hash.digest('hex');
}

/** Sorted usernames joined with ', ', cut at 64 bytes (model.GetGroupDisplayNameFromUsers). */
export function groupDisplayName(users: Pick<UserRow, 'username'>[]): string {
  const name = users
    .map((u) => u.username)
    .sort()
    .join(', ');
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length <= 64) return name;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64)).replace(/\uFFFD+$/, '');
}

function invalidDirectUser(detail = ''): AppError {
  return new AppError('api.channel.create_direct_channel.invalid_user.app_error', 'Invalid user ID for direct channel creation.', 400, detail);
}

/**
 * Mattermost's GetOrCreateDirectChannel: the existing channel, else (subject to
 * TeamSettings.RestrictDirectMessage) a new one with both users as members, announced to both
 * with `direct_added` {creator_id: userId, teammate_id: otherUserId}.
 */
export async function getOrCreateDirectChannel(
  server: ServerContext,
  session: Session,
  userId: string,
  otherUserId: string,
): Promise<ChannelRow> {
  const name = directChannelName(userId, otherUserId);
  const existing = await getChannelByName(server.db, '', name);
  if (existing) return existing;

  if (server.config.get().TeamSettings.RestrictDirectMessage === 'team' && !hasSystemPermission(server, session, MANAGE_SYSTEM)) {
    if ((await commonTeamIds(server.db, [userId, otherUserId])).length === 0) {
      throw new AppError(
        'api.channel.create_channel.direct_channel.team_restricted_error',
        'A direct channel cannot be created between these users because they do not share a team.',
        403,
      );
    }
  }

  const found = await getUsersByIds(server.db, [userId, otherUserId]);
  const user = found.find((u) => u.id === userId);
  const other = found.find((u) => u.id === otherUserId);
  if (!user || !other) throw invalidDirectUser(`No users found for ids: ${userId}. ${otherUserId}`);

  const { channel, created } = await server.db.transaction(async (tx) => {
    const now = nowMillis();
    const inserted = await insertChannelIfAbsent(tx, {
      id: newId(),
      createAt: now,
      updateAt: now,
      teamId: '',
      type: 'D',
      displayName: '',
      name,
      header: '',
      purpose: '',
      creatorId: user.id,
      shared: false,
    });
    if (!inserted) return { channel: (await getChannelByName(tx, '', name))!, created: false };
    await addChannelMember(tx, inserted, user);
    if (other.id !== user.id) await addChannelMember(tx, inserted, other);
    return { channel: inserted, created: true };
  });
  if (created) publishDirectAdded(server, channel, userId, otherUserId);
  return channel;
}

/**
 * Mattermost's CreateGroupChannel: 3 to 8 existing users (the caller included); the same set
 * of users always yields the same channel. A new one is announced to each of them with
 * `group_added` {teammate_ids: the user ids as given}.
 */
export async function getOrCreateGroupChannel(server: ServerContext, userIds: string[]): Promise<ChannelRow> {
  if (userIds.length > GROUP_MAX_USERS || userIds.length < GROUP_MIN_USERS) {
    throw new AppError('api.channel.create_group.bad_size.app_error', 'Group messages must contain at least 3 and no more than 8 users.', 400);
  }
  const found = await getUsersByIds(server.db, userIds);
  if (found.length !== userIds.length) {
    throw new AppError('api.channel.create_group.bad_user.app_error', 'One of the provided users does not exist.', 400, `user_ids=${JSON.stringify(userIds)}`);
  }
  const name = groupChannelName(userIds);
  const { channel, created } = await server.db.transaction(async (tx) => {
    const now = nowMillis();
    const inserted = await insertChannelIfAbsent(tx, {
      id: newId(),
      createAt: now,
      updateAt: now,
      teamId: '',
      type: 'G',
      displayName: groupDisplayName(found),
      name,
      header: '',
      purpose: '',
      creatorId: '',
      shared: false,
    });
    if (!inserted) return { channel: (await getChannelByName(tx, '', name))!, created: false };
    for (const user of found) await addChannelMember(tx, inserted, user);
    return { channel: inserted, created: true };
  });
  if (created) publishGroupAdded(server, channel, userIds);
  return channel;
}
