/**
 * The system messages a team's membership changes leave in its town-square, with Mattermost's
 * types, authors, props and English messages (app/channel.go postJoinTeamMessage,
 * postAddToTeamMessage; app/team.go postLeaveTeamMessage, postRemoveFromTeamMessage):
 *   system_join_team        author: the user    {username}
 *   system_add_to_team      author: the adder   {userId, username, addedUserId, addedUsername}
 *   system_leave_team       author: the user    {username}
 *   system_remove_from_team author: the removed user {username}
 * Written inside the caller's transaction; call `publish()` on the result after the commit.
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { CreatedPost } from '../posts/createPost';
import { createSystemPost, SystemPostTypes } from '../posts/systemMessage';

type Channel = Pick<ChannelRow, 'id' | 'creatorId'>;
type User = Pick<UserRow, 'id' | 'username'>;

export function postJoinTeam(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.JoinTeam, `${user.username} joined the team.`, { username: user.username }, user.id);
}

export function postAddToTeam(server: ServerContext, tx: DbOrTx, channel: Channel, adder: User, added: User): Promise<CreatedPost> {
  const props = { userId: adder.id, username: adder.username, addedUserId: added.id, addedUsername: added.username };
  return createSystemPost(server, tx, channel, SystemPostTypes.AddToTeam, `${added.username} added to the team by ${adder.username}.`, props, adder.id);
}

export function postLeaveTeam(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.LeaveTeam, `${user.username} left the team.`, { username: user.username }, user.id);
}

/** Mattermost writes the removal under the removed user, naming them in `username`. */
export function postRemoveFromTeam(server: ServerContext, tx: DbOrTx, channel: Channel, user: User): Promise<CreatedPost> {
  return createSystemPost(server, tx, channel, SystemPostTypes.RemoveFromTeam, `${user.username} removed from the team.`, { username: user.username }, user.id);
}
