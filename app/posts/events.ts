/**
 * The WebSocket events posts publish, shaped as Mattermost's: the post travels as a JSON
 * string in `data.post`. Published after the transaction commits, never inside it.
 */
import type { ChannelRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { ApiPost } from './serialize';

export interface PostedEvent {
  post: ApiPost;
  channel: Pick<ChannelRow, 'id' | 'type' | 'name' | 'displayName' | 'teamId'>;
  /** channel_display_name as the recipients see it (the sender for a DM, the members for a GM). */
  channelDisplayName: string;
  /** sender_name: "@username", or "System" for system messages. */
  senderName: string;
  setOnline: boolean;
  /** Users the post mentions (channel members only). */
  mentions: string[];
  /** Whether the post has files, and whether one of them is an image. */
  otherFile: boolean;
  image: boolean;
}

/**
 * `posted` to the channel's members. Mattermost adds `mentions` per recipient (a JSON array
 * holding only the recipient's own id, when mentioned); here the mentioned members each get
 * their own copy carrying it, and the channel-wide copy omits them.
 */
export function publishPosted(server: ServerContext, e: PostedEvent): void {
  const data: Record<string, unknown> = {
    channel_display_name: e.channelDisplayName,
    channel_name: e.channel.name,
    channel_type: e.channel.type,
    post: JSON.stringify(e.post),
    sender_name: e.senderName,
    set_online: e.setOnline,
    team_id: e.channel.teamId,
  };
  if (e.otherFile) data.otherFile = 'true';
  if (e.image) data.image = 'true';
  const omit = Object.fromEntries(e.mentions.map((id) => [id, true]));
  server.events.publish({
    event: 'posted',
    data,
    broadcast: { channel_id: e.channel.id, omit_users: e.mentions.length ? omit : null },
  });
  for (const userId of e.mentions) {
    server.events.publish({
      event: 'posted',
      data: { ...data, mentions: JSON.stringify([userId]) },
      broadcast: { channel_id: e.channel.id, user_id: userId },
    });
  }
}

/** `post_edited` to the channel (edits, pins and unpins). */
export function publishPostEdited(server: ServerContext, post: ApiPost): void {
  server.events.publish({ event: 'post_edited', data: { post: JSON.stringify(post) }, broadcast: { channel_id: post.channel_id } });
}

/**
 * `post_deleted` to the channel. Mattermost sends system admins a copy that also says who
 * deleted it (`delete_by`); the others get the post alone.
 */
export function publishPostDeleted(server: ServerContext, post: ApiPost, deleteBy: string, adminIds: string[]): void {
  const postJson = JSON.stringify(post);
  const omit = Object.fromEntries(adminIds.map((id) => [id, true]));
  server.events.publish({
    event: 'post_deleted',
    data: { post: postJson },
    broadcast: { channel_id: post.channel_id, omit_users: adminIds.length ? omit : null },
  });
  for (const userId of adminIds) {
    server.events.publish({
      event: 'post_deleted',
      data: { post: postJson, delete_by: deleteBy },
      broadcast: { channel_id: post.channel_id, user_id: userId },
    });
  }
}

/** `ephemeral_message` to one user (the post is never stored). */
export function publishEphemeral(server: ServerContext, userId: string, post: ApiPost): void {
  server.events.publish({ event: 'ephemeral_message', data: { post: JSON.stringify(post) }, broadcast: { channel_id: post.channel_id, user_id: userId } });
}

export interface ChannelUnreadState {
  team_id: string;
  user_id: string;
  channel_id: string;
  msg_count: number;
  msg_count_root: number;
  mention_count: number;
  mention_count_root: number;
  urgent_mention_count: number;
  last_viewed_at: number;
}

/** `post_unread` to the user who marked the post unread. */
export function publishPostUnread(server: ServerContext, state: ChannelUnreadState, postId: string): void {
  server.events.publish({
    event: 'post_unread',
    data: {
      msg_count: state.msg_count,
      msg_count_root: state.msg_count_root,
      mention_count: state.mention_count,
      mention_count_root: state.mention_count_root,
      urgent_mention_count: state.urgent_mention_count,
      last_viewed_at: state.last_viewed_at,
      post_id: postId,
    },
    broadcast: { team_id: state.team_id, channel_id: state.channel_id, user_id: state.user_id },
  });
}

/** `multiple_channels_viewed` to the user whose channels were marked read. */
export function publishChannelsViewed(server: ServerContext, userId: string, times: Record<string, number>): void {
  if (!server.config.get().ServiceSettings.EnableChannelViewedMessages) return;
  server.events.publish({ event: 'multiple_channels_viewed', data: { channel_times: times }, broadcast: { user_id: userId } });
}
