/**
 * Changes to an existing channel, as Mattermost's App.UpdateChannel and friends make them:
 * the row is re-validated (Channel.IsValid), a name taken in the team is refused, archived
 * channels are not updated; archive, restore, permanent delete, move and GM conversion.
 * Permission checks are the handlers'; these functions assume the caller was allowed.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { ChannelRow, NewChannelRow, TeamRow, UserRow } from '../../db/schema';
import { channels } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { ServerContext } from '../../server/context';
import { updateChannelFields, updateChannelMemberFields, getChannelMember } from '../../db/queries/channels';
import {
  deleteChannelWebhooks,
  deleteSidebarPlacements,
  memberIdsOutsideTeam,
  permanentlyDeleteChannel,
  removeChannelMembers,
  removeDeactivatedMembers,
  retargetChannelTeam,
  setChannelDeleteAt,
  usersOfChannel,
} from '../../db/queries/channelLists';
import { getTeamById } from '../../db/queries/teams';
import { lockChannelRow } from '../../db/queries/postCounts';
import { AppError } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { CHANNEL_EXISTS_ERROR } from './createChannel';
import { TOWN_SQUARE } from './access';
import { publishChannelDeleted, publishChannelMemberUpdated, publishChannelRestored, publishChannelUpdated, publishUserRemoved } from './events';
import { postChannelArchived, postChannelMoved, postChannelRestored, postGroupConverted } from './systemPosts';
import { announceChannelsCategory } from '../sidebar/categories';

const IDENTIFIER = /^[a-z0-9]+([a-z\-_0-9]+|(__)?)[a-z0-9]*$/;
const GROUP_NAME = /^[a-f0-9]{40}$/;
const ID = /^[a-z0-9]{26}$/;

const runes = (s: string) => [...s].length;
const invalid = (field: string, detail: string) => new AppError(`model.channel.is_valid.${field}.app_error`, `Invalid channel: ${detail}.`, 400);

export type ChannelFieldsToCheck = Pick<ChannelRow, 'displayName' | 'name' | 'type' | 'header' | 'purpose' | 'creatorId' | 'groupConstrained'>;

/** Mattermost's Channel.IsValid on the fields a client can set, with its error ids. */
export function checkChannel(c: ChannelFieldsToCheck): AppError | null {
  if (runes(c.displayName) > 64 || c.displayName.includes('\0')) return invalid('display_name', 'display name must be at most 64 characters');
  if (c.name.length > 64) return invalid('name', 'name must be at most 64 characters');
  if (!c.name || !IDENTIFIER.test(c.name)) return invalid('1_or_more', 'name must be lowercase letters, digits, dashes and underscores');
  if (!['O', 'P', 'D', 'G'].includes(c.type)) return invalid('type', 'type is not valid');
  if (runes(c.header) > 1024 || c.header.includes('\0')) return invalid('header', 'header must be at most 1024 characters');
  if (runes(c.purpose) > 250 || c.purpose.includes('\0')) return invalid('purpose', 'purpose must be at most 250 characters');
  if (c.creatorId.length > 26) return invalid('creator_id', 'creator id is not valid');
  if (c.type !== 'D' && c.type !== 'G') {
    const parts = c.name.split('__');
    if (GROUP_NAME.test(c.name) || (parts.length === 2 && ID.test(parts[0]) && ID.test(parts[1]))) {
      return invalid('name', 'the name is reserved for direct and group messages');
    }
  }
  if (c.groupConstrained === true && c.type !== 'O' && c.type !== 'P') return invalid('group_constrained', 'only team channels can be group constrained');
  return null;
}

export function channelExistsError(): AppError {
  return new AppError(CHANNEL_EXISTS_ERROR, 'A channel with that name already exists on the same team.', 400);
}

/** Whether a database error (or its cause) is a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

async function nameTaken(db: DbOrTx, id: string, teamId: string, name: string): Promise<boolean> {
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.teamId, teamId), eq(channels.name, name), ne(channels.id, id)))
    .limit(1);
  return row !== undefined;
}

/**
 * Saves the changed fields (Mattermost's store Update through App.UpdateChannel): refuses an
 * archived channel, an invalid result and a name already used in the team; bumps update_at.
 */
export async function saveChannelChanges(db: DbOrTx, current: ChannelRow, changes: Partial<NewChannelRow>): Promise<ChannelRow> {
  const next = { ...current, ...changes };
  if (next.deleteAt !== 0) throw new AppError('app.channel.update.bad_id', 'Unable to update the channel.', 400, 'the channel is archived');
  const problem = checkChannel(next);
  if (problem) throw problem;
  if ((next.name !== current.name || next.teamId !== current.teamId) && (await nameTaken(db, current.id, next.teamId, next.name))) {
    throw channelExistsError();
  }
  try {
    const row = await updateChannelFields(db, current.id, { ...changes, updateAt: nowMillis() });
    return row!;
  } catch (err) {
    if (isUniqueViolation(err)) throw channelExistsError();
    throw err;
  }
}

/**
 * Archives the channel (Mattermost's App.DeleteChannel): the actor's system_channel_deleted
 * message (written first: an archived channel takes no posts; none without an actor), then
 * `channel_deleted` to the team for a public channel, to the members otherwise.
 */
export async function archiveChannel(server: ServerContext, channel: ChannelRow, actor?: UserRow): Promise<void> {
  if (channel.deleteAt > 0) throw new AppError('api.channel.delete_channel.deleted.app_error', 'The channel has been archived or deleted.', 400);
  if (channel.name === TOWN_SQUARE) {
    throw new AppError('api.channel.delete_channel.cannot.app_error', `Unable to delete the default channel ${TOWN_SQUARE}.`, 400, '', {
      Channel: TOWN_SQUARE,
    });
  }
  const { post, deleteAt } = await server.db.transaction(async (tx) => {
    const archived = actor ? await postChannelArchived(server, tx, channel, actor) : null;
    const now = Math.max(nowMillis(), archived?.row.createAt ?? 0);
    await setChannelDeleteAt(tx, channel.id, now, now);
    await deleteChannelWebhooks(tx, channel.id, now);
    return { post: archived, deleteAt: now };
  });
  post?.publish();
  publishChannelDeleted(server, channel, deleteAt);
}

/** Removes the channel for good; `channel_deleted` as for an archive (Mattermost's PermanentDeleteChannel). */
export async function deleteChannelPermanently(server: ServerContext, channel: ChannelRow): Promise<void> {
  await server.db.transaction((tx) => permanentlyDeleteChannel(tx, channel.id));
  publishChannelDeleted(server, channel, nowMillis());
}

/**
 * Unarchives the channel (Mattermost's App.RestoreChannel): `channel_restored` to the team for
 * a public channel, to the members otherwise, and the actor's system_channel_restored message.
 */
export async function restoreChannel(server: ServerContext, channel: ChannelRow, actor: UserRow): Promise<ChannelRow> {
  if (channel.deleteAt === 0) throw new AppError('api.channel.restore_channel.restored.app_error', 'Unable to unarchive channel. The channel is not archived.', 400);
  const { restored, post } = await server.db.transaction(async (tx) => {
    const row = (await setChannelDeleteAt(tx, channel.id, 0, nowMillis()))!;
    return { restored: row, post: await postChannelRestored(server, tx, row, actor) };
  });
  publishChannelRestored(server, restored);
  post.publish();
  return restored;
}

/**
 * Moves a team channel to another team (Mattermost's moveChannel + App.MoveChannel): members who
 * are deactivated are dropped; with `force`, so are members outside the target team (each
 * announced with `user_removed`); without it, any such member refuses the move. The admin's
 * system_move_channel message names the former team. Mattermost announces no channel_updated.
 */
export async function moveChannel(server: ServerContext, channel: ChannelRow, team: TeamRow, force: boolean, actor: UserRow): Promise<ChannelRow> {
  const previousTeam = await getTeamById(server.db, channel.teamId);
  const { moved, removed, post } = await server.db.transaction(async (tx) => {
    // The channel row first, as every post write takes it: one lock order, no deadlock.
    await lockChannelRow(tx, channel.id);
    await removeDeactivatedMembers(tx, channel.id);
    const outside = force ? await memberIdsOutsideTeam(tx, channel.id, team.id) : [];
    await removeChannelMembers(tx, channel.id, outside);
    if ((await memberIdsOutsideTeam(tx, channel.id, team.id)).length > 0) {
      throw new AppError(
        'app.channel.move_channel.members_do_not_match.error',
        'Unable to move a channel unless all its members are already members of the destination team.',
        // Mattermost answers 500 here; it is the client's request that cannot be met, so 400.
        400,
      );
    }
    await deleteSidebarPlacements(tx, channel.id);
    const row = await saveChannelChanges(tx, channel, { teamId: team.id });
    await retargetChannelTeam(tx, channel.id, team.id);
    return { moved: row, removed: outside, post: await postChannelMoved(server, tx, row, actor, previousTeam?.name ?? '') };
  });
  for (const userId of removed) publishUserRemoved(server, moved, userId, actor.id);
  post.publish();
  return moved;
}

/**
 * Turns a group message into a private channel of a team (Mattermost's
 * ConvertGroupMessageToChannel): `channel_updated` to the members, each member's channels
 * category of the team re-announced (`sidebar_category_updated`), the system_gm_to_channel
 * message, and the converting user, now its channel admin, gets `channel_member_updated`.
 */
export async function convertGroupToPrivate(
  server: ServerContext,
  channel: ChannelRow,
  converter: UserRow,
  input: { teamId: string; name: string; displayName: string },
): Promise<ChannelRow> {
  const result = await server.db.transaction(async (tx) => {
    const updated = await saveChannelChanges(tx, channel, {
      type: 'P',
      teamId: input.teamId,
      name: input.name,
      displayName: input.displayName,
    });
    await deleteSidebarPlacements(tx, channel.id);
    const members = await usersOfChannel(tx, channel.id);
    const post = await postGroupConverted(server, tx, updated, converter, members);
    const member = await getChannelMember(tx, channel.id, converter.id);
    const promoted =
      member && !member.schemeGuest
        ? await updateChannelMemberFields(tx, channel.id, converter.id, { schemeUser: true, schemeAdmin: true, lastUpdateAt: nowMillis() })
        : undefined;
    return { updated, members, post, promoted };
  });
  publishChannelUpdated(server, result.updated);
  for (const user of result.members) await announceChannelsCategory(server, user.id, input.teamId);
  result.post.publish();
  if (result.promoted) publishChannelMemberUpdated(server, result.promoted);
  return result.updated;
}
