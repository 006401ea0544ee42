/**
 * The WebSocket events posts publish, shaped as Mattermost's: the post travels as a JSON
 * string in `data.post`. Published after the transaction commits, never inside it.
 */
import type { ChannelRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { ApiPost } from './serialize';
import { threadForUser } from '../threads/threads';
import { countRepliesAfter } from '../../db/queries/threads';

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
  /** Thread followers notified of the reply on the desktop (collapsed threads). */
  followers?: string[];
  /** Whether the post has files, and whether one of them is an image. */
  otherFile: boolean;
  image: boolean;
}

/**
 * `posted` to the channel's members. Mattermost adds `mentions` and `followers` per recipient
 * (each a JSON array holding only the recipient's own id, when mentioned / a notified thread
 * follower); here those members each get their own copy carrying them, and the channel-wide
 * copy omits them.
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
  const mentioned = new Set(e.mentions);
  const following = new Set(e.followers ?? []);
  const personal = [...new Set([...mentioned, ...following])];
  const omit = Object.fromEntries(personal.map((id) => [id, true]));
  server.events.publish({
    event: 'posted',
    data,
    broadcast: { channel_id: e.channel.id, omit_users: personal.length ? omit : null },
  });
  for (const userId of personal) {
    const own: Record<string, unknown> = { ...data };
    if (mentioned.has(userId)) own.mentions = JSON.stringify([userId]);
    if (following.has(userId)) own.followers = JSON.stringify([userId]);
    server.events.publish({ event: 'posted', data: own, broadcast: { channel_id: e.channel.id, user_id: userId } });
  }
}

export interface ThreadUpdate {
  rootId: string;
  /** '' for direct and group channels. */
  teamId: string;
  replierId: string;
  /** Followers who are channel members with collapsed threads on. */
  followers: string[];
  /** Followers who started following with this reply (their previous unread counts are 0). */
  newFollowers: Set<string>;
  mentioned: Set<string>;
  /** The replier's read state before their reply marked the thread read. */
  replierBefore: { lastViewed: number; unreadMentions: number } | null;
}

/**
 * `thread_updated` to each follower of a thread that got a reply (Mattermost's SendNotifications
 * for collapsed threads): the thread as that follower sees it (ThreadResponse with participants,
 * as a JSON string) and the unread counts it had before the reply.
 */
export async function publishThreadUpdated(server: ServerContext, u: ThreadUpdate): Promise<void> {
  for (const uid of u.followers) {
    const thread = await threadForUser(server, uid, u.rootId, true);
    if (!thread) continue;
    let previousMentions = 0;
    let previousReplies = 0;
    if (uid === u.replierId && u.replierBefore) {
      previousMentions = u.replierBefore.unreadMentions;
      previousReplies = Math.max((await countRepliesAfter(server.db, u.rootId, u.replierBefore.lastViewed)) - 1, 0);
    } else if (!u.newFollowers.has(uid)) {
      previousMentions = u.mentioned.has(uid) ? Math.max(thread.unread_mentions - 1, 0) : thread.unread_mentions;
      previousReplies = Math.max(thread.unread_replies - 1, 0);
    }
    server.events.publish({
      event: 'thread_updated',
      data: { thread: JSON.stringify(thread), previous_unread_mentions: previousMentions, previous_unread_replies: previousReplies },
      broadcast: { team_id: u.teamId, user_id: uid },
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

/**
 * `thread_updated` after a deleted reply took back an unread mention (Mattermost's
 * RemoveNotifications): the thread as each user now sees it, previous counts reported as 0.
 */
export async function publishMentionRemoved(server: ServerContext, u: { rootId: string; teamId: string; userIds: string[] }): Promise<void> {
  for (const uid of u.userIds) {
    const thread = await threadForUser(server, uid, u.rootId, true);
    if (!thread) continue;
    server.events.publish({
      event: 'thread_updated',
      data: { thread: JSON.stringify(thread), previous_unread_mentions: 0, previous_unread_replies: 0 },
      broadcast: { team_id: u.teamId, user_id: uid },
    });
  }
}
