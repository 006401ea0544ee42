/**
 * Read state: marking channels viewed and a channel's unread counts, as Mattermost's
 * MarkChannelsAsViewed / GetChannelUnread.
 */
import type { DbOrTx } from '../../db/client';
import type { ChannelRow } from '../../db/schema';
import { getDirectChannelIdsForUser, getMembershipsWithChannels, markMembershipViewed } from '../../db/queries/channelMembers';
import type { ServerContext } from '../../server/context';
import { publishChannelsViewed } from '../posts/events';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

/**
 * Marks the user's memberships of the given channels read. Only channels with unread messages
 * or mentions are written (counts caught up to the channel's totals, mentions cleared,
 * last_viewed_at moved up to the channel's last post). Returns, per channel the user belongs
 * to, the time it is now read up to: the later of its last post and the previous view.
 * Channels the user is not a member of are ignored.
 */
export async function markChannelsViewed(db: DbOrTx, userId: string, channelIds: string[]): Promise<Record<string, number>> {
  return (await markViewed(db, userId, channelIds)).times;
}

async function markViewed(db: DbOrTx, userId: string, channelIds: string[]): Promise<{ times: Record<string, number>; changed: boolean }> {
  const ids = [...new Set(channelIds.filter((id) => isValidId(id)))];
  const rows = await getMembershipsWithChannels(db, userId, ids);
  const times: Record<string, number> = {};
  const toView: ChannelRow[] = [];
  for (const { member, channel } of rows) {
    times[channel.id] = Math.max(channel.lastPostAt, member.lastViewedAt);
    const mentions = member.mentionCount > 0 || member.mentionCountRoot > 0 || member.urgentMentionCount > 0;
    const unread = channel.totalMsgCount - member.msgCount > 0 || channel.totalMsgCountRoot - member.msgCountRoot > 0;
    if (mentions || unread) toView.push(channel);
  }
  if (toView.length) {
    await db.transaction(async (tx) => {
      for (const channel of toView) await markMembershipViewed(tx, userId, channel);
    });
  }
  return { times, changed: toView.length > 0 };
}

/** Marks every direct and group channel of the user read. */
export async function markDirectChannelsViewed(db: DbOrTx, userId: string): Promise<Record<string, number>> {
  return markChannelsViewed(db, userId, await getDirectChannelIdsForUser(db, userId));
}

/**
 * Mattermost's MarkChannelsAsViewed: marks the channels read and, when any of them had something
 * unread, tells the user's connections with `multiple_channels_viewed` {channel_times} (unless
 * ServiceSettings.EnableChannelViewedMessages is off). Mattermost no longer sends channel_viewed.
 */
export async function viewChannels(server: ServerContext, userId: string, channelIds: string[]): Promise<Record<string, number>> {
  const { times, changed } = await markViewed(server.db, userId, channelIds);
  if (changed) publishChannelsViewed(server, userId, times);
  return times;
}

/** Mattermost's MarkAllDirectAndGroupMessagesViewed, with the same event. */
export async function viewDirectChannels(server: ServerContext, userId: string): Promise<Record<string, number>> {
  return viewChannels(server, userId, await getDirectChannelIdsForUser(server.db, userId));
}

export interface ChannelUnread {
  team_id: string;
  channel_id: string;
  msg_count: number;
  mention_count: number;
  mention_count_root: number;
  urgent_mention_count: number;
  msg_count_root: number;
}

/**
 * The user's unread counts in a (non-archived) channel they belong to: messages are the
 * channel's totals minus what the member has read, zero when the channel is muted.
 */
export async function getChannelUnread(db: DbOrTx, channelId: string, userId: string): Promise<ChannelUnread> {
  const [row] = await getMembershipsWithChannels(db, userId, [channelId]);
  if (!row || row.channel.deleteAt !== 0) {
    throw new AppError('app.channel.get_unread.app_error', 'Unable to get the channel unread messages.', 404);
  }
  const { member, channel } = row;
  const muted = member.notifyProps.mark_unread === 'mention';
  return {
    team_id: channel.teamId,
    channel_id: channel.id,
    msg_count: muted ? 0 : channel.totalMsgCount - member.msgCount,
    mention_count: member.mentionCount,
    mention_count_root: member.mentionCountRoot,
    urgent_mention_count: member.urgentMentionCount,
    msg_count_root: muted ? 0 : channel.totalMsgCountRoot - member.msgCountRoot,
  };
}
