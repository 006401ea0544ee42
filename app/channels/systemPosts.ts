/**
 * The system messages channel operations leave in the channel, with Mattermost's types, authors
 * and props (app/channel.go: postJoinChannelMessage, PostAddToChannelMessage,
 * postLeaveChannelMessage, postRemoveFromChannelMessage, PostUpdateChannel*Message,
 * postChannelPrivacyMessage, DeleteChannel, RestoreChannel, postChannelMoveMessage,
 * postMessageForConvertGroupMessageToChannel). Clients render their own text from the type and
 * props; the message is Mattermost's English one.
 *
 * Each is written inside the caller's transaction, so that the operation and its message commit
 * together; the caller calls `publish()` on the result once the transaction has committed.
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { createSystemPost, SystemPostTypes } from '../posts/systemMessage';
import type { CreatedPost } from '../posts/createPost';
import { isGuest } from './membership';

type Channel = Pick<ChannelRow, 'id' | 'creatorId'>;
type User = Pick<UserRow, 'id' | 'username' | 'roles'>;

/** Mattermost's utils.JoinList: "a", "a and b", "a, b and c". */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The user joined the channel themselves (a guest's join has its own type). */
export function postJoinChannel(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  const guest = isGuest(user);
  const type = guest ? SystemPostTypes.GuestJoinChannel : SystemPostTypes.JoinChannel;
  const message = guest ? `${user.username} joined the channel as a guest.` : `${user.username} joined the channel.`;
  return createSystemPost(server, tx, channel, type, message, { username: user.username }, user.id);
}

/** `adder` added `added` to the channel; the message is the adder's. */
export function postAddToChannel(server: ServerContext, tx: DbOrTx, channel: Channel, adder: User, added: User): Promise<CreatedPost> {
  const guest = isGuest(added);
  const type = guest ? SystemPostTypes.AddGuestToChannel : SystemPostTypes.AddToChannel;
  const message = guest
    ? `${added.username} added to the channel as a guest by ${adder.username}.`
    : `${added.username} added to the channel by ${adder.username}.`;
  const props = { userId: adder.id, username: adder.username, addedUserId: added.id, addedUsername: added.username };
  return createSystemPost(server, tx, channel, type, message, props, adder.id);
}

/** The user left the channel (the message names them with @ so that it reads as a mention). */
export function postLeaveChannel(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.LeaveChannel, `@${user.username} left the channel.`, { username: user.username }, user.id);
}

/** `removerId` removed `removed` from the channel; the message is the remover's. */
export function postRemoveFromChannel(server: ServerContext, tx: DbOrTx, channel: Channel, removerId: string, removed: User): Promise<CreatedPost> {
  const props = { removedUserId: removed.id, removedUsername: removed.username };
  return createSystemPost(server, tx, channel, SystemPostTypes.RemoveFromChannel, `@${removed.username} removed from the channel`, props, removerId);
}

export function postHeaderChange(server: ServerContext, tx: DbOrTx, channel: Channel, user: User, oldHeader: string, newHeader: string): Promise<CreatedPost> {
  let message: string;
  if (oldHeader === '') message = `${user.username} updated the channel header to: ${newHeader}`;
  else if (newHeader === '') message = `${user.username} removed the channel header (was: ${oldHeader})`;
  else message = `${user.username} updated the channel header from: ${oldHeader} to: ${newHeader}`;
  const props = { username: user.username, old_header: oldHeader, new_header: newHeader };
  return createSystemPost(server, tx, channel, SystemPostTypes.HeaderChange, message, props, user.id);
}

export function postPurposeChange(server: ServerContext, tx: DbOrTx, channel: Channel, user: User, oldPurpose: string, newPurpose: string): Promise<CreatedPost> {
  let message: string;
  if (oldPurpose === '') message = `${user.username} updated the channel purpose to: ${newPurpose}`;
  else if (newPurpose === '') message = `${user.username} removed the channel purpose (was: ${oldPurpose})`;
  else message = `${user.username} updated the channel purpose from: ${oldPurpose} to: ${newPurpose}`;
  const props = { username: user.username, old_purpose: oldPurpose, new_purpose: newPurpose };
  return createSystemPost(server, tx, channel, SystemPostTypes.PurposeChange, message, props, user.id);
}

export function postDisplayNameChange(server: ServerContext, tx: DbOrTx, channel: Channel, user: User, oldName: string, newName: string): Promise<CreatedPost> {
  const message = `${user.username} updated the channel display name from: ${oldName} to: ${newName}`;
  const props = { username: user.username, old_displayname: oldName, new_displayname: newName };
  return createSystemPost(server, tx, channel, SystemPostTypes.DisplaynameChange, message, props, user.id);
}

/** After a privacy change: the message says what the channel has become (`type` is the new type). */
export function postPrivacyChange(server: ServerContext, tx: DbOrTx, channel: Channel, user: User, type: string): Promise<CreatedPost> {
  const message =
    type === 'O'
      ? 'This channel has been converted to a Public Channel and can be joined by any team member.'
      : 'This channel has been converted to a Private Channel.';
  return createSystemPost(server, tx, channel, SystemPostTypes.ChangeChannelPrivacy, message, { username: user.username }, user.id);
}

export function postChannelArchived(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.ChannelDeleted, `${user.username} archived the channel.`, { username: user.username }, user.id);
}

export function postChannelRestored(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.ChannelRestored, `${user.username} unarchived the channel.`, { username: user.username }, user.id);
}

export function postChannelMoved(server: ServerContext, tx: DbOrTx, channel: Channel, user: User, previousTeamName: string): Promise<CreatedPost> {
  const message = `This channel has been moved to this team from ${previousTeamName}.`;
  return createSystemPost(server, tx, channel, SystemPostTypes.MoveChannel, message, { username: user.username }, user.id);
}

/** A group message became this private channel; `members` are the group's members at the time. */
export function postGroupConverted(server: ServerContext, tx: DbOrTx, channel: Channel, converter: User, members: User[]): Promise<CreatedPost> {
  const message = `${converter.username} created this channel from a group message with ${joinList(members.map((m) => m.username))}.`;
  const props = { convertedByUserId: converter.id, gmMembersDuringConversionIDs: members.map((m) => m.id) };
  return createSystemPost(server, tx, channel, SystemPostTypes.GMConvertedToChannel, message, props, converter.id);
}
