/**
 * The WebSocket events channel operations publish, with Mattermost's event names, data fields
 * and broadcasts (app/channel.go, app/channel_category.go). Objects travel as JSON strings, as
 * Mattermost marshals them. Every function here is called after the operation's transaction
 * has committed, never inside it.
 *
 * Broadcasts (the hub sends a `user_id` event to that user only, a `channel_id` event to the
 * channel's members, a `team_id` event to the team's members):
 *   channel_created         user_id = creator                       {channel_id, team_id}
 *   channel_updated         channel_id                              {channel}
 *   channel_converted       team_id                                 {channel_id}
 *   channel_deleted         team_id (public) | channel_id (other)   {channel_id, delete_at}
 *   channel_restored        team_id (public) | channel_id (other)   {channel_id}
 *   channel_member_updated  user_id = the member                    {channelMember}
 *   user_added              channel_id, omitting the added user     {user_id, team_id}
 *                           + channel_id & user_id = the added user
 *   user_removed            channel_id                              {user_id, remover_id}
 *                           + user_id = the removed user            {channel_id, remover_id}
 *   direct_added            channel_id                              {creator_id, teammate_id}
 *   group_added             channel_id & user_id, to each member    {teammate_ids}
 *   sidebar_category_*      team_id & user_id = the owner
 */
import type { ChannelMemberRow, ChannelRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { toApiChannel, toApiChannelMember } from './serialize';

type ChannelRef = Pick<ChannelRow, 'id' | 'teamId' | 'type'>;

export function publishChannelCreated(server: ServerContext, channel: ChannelRef, creatorId: string): void {
  server.events.publish({ event: 'channel_created', data: { channel_id: channel.id, team_id: channel.teamId }, broadcast: { user_id: creatorId } });
}

export function publishChannelUpdated(server: ServerContext, channel: ChannelRow): void {
  server.events.publish({ event: 'channel_updated', data: { channel: JSON.stringify(toApiChannel(channel)) }, broadcast: { channel_id: channel.id } });
}

/** Sent to the whole team whichever way the privacy changed, as Mattermost's UpdateChannelPrivacy. */
export function publishChannelConverted(server: ServerContext, channel: ChannelRef): void {
  server.events.publish({ event: 'channel_converted', data: { channel_id: channel.id }, broadcast: { team_id: channel.teamId } });
}

/** A public channel's archive is announced to its team, any other channel's to its members. */
function channelOrTeam(channel: ChannelRef) {
  return channel.type === 'O' ? { team_id: channel.teamId } : { channel_id: channel.id };
}

export function publishChannelDeleted(server: ServerContext, channel: ChannelRef, deleteAt: number): void {
  server.events.publish({ event: 'channel_deleted', data: { channel_id: channel.id, delete_at: deleteAt }, broadcast: channelOrTeam(channel) });
}

export function publishChannelRestored(server: ServerContext, channel: ChannelRef): void {
  server.events.publish({ event: 'channel_restored', data: { channel_id: channel.id }, broadcast: channelOrTeam(channel) });
}

export function publishChannelMemberUpdated(server: ServerContext, member: ChannelMemberRow): void {
  server.events.publish({
    event: 'channel_member_updated',
    data: { channelMember: JSON.stringify(toApiChannelMember(member)) },
    broadcast: { user_id: member.userId },
  });
}

/**
 * Two events, as Mattermost's AddUserToChannel: one to the channel's other members, and one to
 * the added user directly (their connections may not know the membership yet).
 */
export function publishUserAdded(server: ServerContext, channel: ChannelRef, userId: string): void {
  const data = { user_id: userId, team_id: channel.teamId };
  server.events.publish({ event: 'user_added', data, broadcast: { channel_id: channel.id, omit_users: { [userId]: true } } });
  server.events.publish({ event: 'user_added', data: { ...data }, broadcast: { channel_id: channel.id, user_id: userId } });
}

/** To the remaining members, then to the removed user, who is no longer a member. */
export function publishUserRemoved(server: ServerContext, channel: Pick<ChannelRow, 'id'>, userId: string, removerId: string): void {
  server.events.publish({ event: 'user_removed', data: { user_id: userId, remover_id: removerId }, broadcast: { channel_id: channel.id } });
  server.events.publish({ event: 'user_removed', data: { channel_id: channel.id, remover_id: removerId }, broadcast: { user_id: userId } });
}

export function publishDirectAdded(server: ServerContext, channel: Pick<ChannelRow, 'id'>, creatorId: string, teammateId: string): void {
  server.events.publish({ event: 'direct_added', data: { creator_id: creatorId, teammate_id: teammateId }, broadcast: { channel_id: channel.id } });
}

export function publishGroupAdded(server: ServerContext, channel: Pick<ChannelRow, 'id'>, userIds: string[]): void {
  const teammateIds = JSON.stringify(userIds);
  for (const userId of userIds) {
    server.events.publish({ event: 'group_added', data: { teammate_ids: teammateIds }, broadcast: { channel_id: channel.id, user_id: userId } });
  }
}

export function publishSidebarCategoryCreated(server: ServerContext, userId: string, teamId: string, categoryId: string): void {
  server.events.publish({ event: 'sidebar_category_created', data: { category_id: categoryId }, broadcast: { team_id: teamId, user_id: userId } });
}

export function publishSidebarCategoriesUpdated(server: ServerContext, userId: string, teamId: string, categories: unknown[]): void {
  server.events.publish({
    event: 'sidebar_category_updated',
    data: { updatedCategories: JSON.stringify(categories) },
    broadcast: { team_id: teamId, user_id: userId },
  });
}

export function publishSidebarCategoryDeleted(server: ServerContext, userId: string, teamId: string, categoryId: string): void {
  server.events.publish({ event: 'sidebar_category_deleted', data: { category_id: categoryId }, broadcast: { team_id: teamId, user_id: userId } });
}

export function publishSidebarCategoryOrderUpdated(server: ServerContext, userId: string, teamId: string, order: string[]): void {
  server.events.publish({ event: 'sidebar_category_order_updated', data: { order }, broadcast: { team_id: teamId, user_id: userId } });
}
