/**
 * System messages (Mattermost's system_* posts: a user joined or left a channel or team, was
 * added or removed, the header / purpose / display name changed, the channel was archived or
 * restored, ...), created like any post (channel clock, counters, mentions, `posted`) except
 * that they do not mark the channel read for their user, and join/leave kinds are not counted
 * as messages. Props as Mattermost sets them, e.g.
 *   system_join_channel      {username}
 *   system_leave_channel     {username}
 *   system_add_to_channel    {userId, username, addedUserId, addedUsername}
 *   system_remove_from_channel {removedUserId, removedUsername}
 *   system_header_change     {username, old_header, new_header}
 *   system_purpose_change    {username, old_purpose, new_purpose}
 *   system_displayname_change {username, old_displayname, new_displayname}
 *   system_channel_deleted / system_channel_restored {username}
 *   system_join_team / system_leave_team {username}
 *   system_add_to_team       {userId, username, addedUserId, addedUsername}
 *   system_remove_from_team  {removedUserId, removedUsername}
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { createPost, type CreatedPost } from './createPost';

export const SystemPostTypes = {
  JoinChannel: 'system_join_channel',
  GuestJoinChannel: 'system_guest_join_channel',
  LeaveChannel: 'system_leave_channel',
  AddToChannel: 'system_add_to_channel',
  AddGuestToChannel: 'system_add_guest_to_chan',
  RemoveFromChannel: 'system_remove_from_channel',
  JoinTeam: 'system_join_team',
  LeaveTeam: 'system_leave_team',
  AddToTeam: 'system_add_to_team',
  RemoveFromTeam: 'system_remove_from_team',
  HeaderChange: 'system_header_change',
  PurposeChange: 'system_purpose_change',
  DisplaynameChange: 'system_displayname_change',
  ConvertChannel: 'system_convert_channel',
  ChangeChannelPrivacy: 'system_change_chan_privacy',
  ChannelDeleted: 'system_channel_deleted',
  ChannelRestored: 'system_channel_restored',
  MoveChannel: 'system_move_channel',
  GMConvertedToChannel: 'system_gm_to_channel',
  Generic: 'system_generic',
} as const;

/**
 * Creates a system message in the channel, as `userId` (the user the message is about or who
 * acted; Mattermost stores system messages under that user). Without `userId` the props'
 * `userId` is used, else the channel's creator.
 *
 * Given `server.db`, the post is written in its own transaction and its events are published.
 * Given a transaction, the post is written inside it and nothing is published: call
 * `publish()` on the result once that transaction has committed.
 */
export async function createSystemPost(
  server: ServerContext,
  db: DbOrTx,
  channel: Pick<ChannelRow, 'id' | 'creatorId'>,
  type: string,
  message: string,
  props: Record<string, unknown> = {},
  userId?: string,
): Promise<CreatedPost> {
  const author = userId ?? (typeof props.userId === 'string' ? props.userId : channel.creatorId);
  const inOwnTransaction = db === server.db;
  return createPost(
    server,
    { channel_id: channel.id, message, type, props },
    { userId: author, allowSystemType: true, skipMarkViewed: true, db: inOwnTransaction ? undefined : db },
  );
}
