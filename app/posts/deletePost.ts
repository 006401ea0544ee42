/**
 * Deleting a post, as Mattermost's DeletePost does it (soft): in one transaction that locks the
 * channel, the post and, for a root, every reply get delete_at = update_at = the channel clock
 * and props.deleteBy; the post's files (and a root's thread's files) are hidden; the thread is
 * marked deleted, or, for a reply, recounted (and its root's update_at moves so `since`
 * readers see the new count); flags and reply drafts of the post go. Channel message totals
 * are left as they are, as in Mattermost. A deleted reply no longer counts as an unread
 * mention for the users it mentioned who had not read the thread that far (Mattermost's
 * RemoveNotifications, with collapsed threads). Then `post_deleted` goes to the channel, and
 * `thread_updated` to each user whose unread mentions went down.
 */
import type { PostRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { errorFields } from '../../server/logging/logger';
import { getChannelById } from '../../db/queries/channels';
import type { DbOrTx } from '../../db/client';
import type { ChannelRow } from '../../db/schema';
import {
  getPostById,
  getThreadMembership,
  markThreadDeleted,
  recountThreadAfterDeletion,
  softDeletePostTree,
  touchPostUpdateAt,
  updateThreadMembership,
} from '../../db/queries/posts';
import { forgetDeletedPost, getMemberProfiles, getSystemAdminMemberIds, hideFilesOfPosts, hideFilesOfThread } from '../../db/queries/postMetadata';
import { nowMillis } from '../../server/ids';
import { mentionsForPost } from './mentions';
import { AppError } from '../../server/http/appError';
import { lockChannelForPostWrite } from './clock';
import { publishMentionRemoved, publishPostDeleted } from './events';
import { toApiPost } from './serialize';

export async function deletePost(server: ServerContext, post: PostRow, deleteBy: string): Promise<void> {
  const channel = await getChannelById(server.db, post.channelId);
  if (channel && channel.deleteAt !== 0) {
    throw new AppError('api.post.delete_post.can_not_delete_post_in_deleted.error', 'Can not delete a post in an archived channel.', 400);
  }
  const deleted = await server.db.transaction(async (tx) => {
    const { now } = await lockChannelForPostWrite(tx, post.channelId);
    const current = await getPostById(tx, post.id);
    if (!current) throw new AppError('app.post.delete.app_error', 'Unable to delete the post.', 404);
    const rows = await softDeletePostTree(tx, post.id, now, deleteBy);
    await hideFilesOfPosts(tx, [post.id], now);
    if (current.rootId === '') {
      await markThreadDeleted(tx, post.id, now);
      await hideFilesOfThread(tx, post.id, now);
    } else {
      await recountThreadAfterDeletion(tx, current.rootId, current.userId);
      await touchPostUpdateAt(tx, current.rootId, now);
    }
    await forgetDeletedPost(tx, post);
    const unmentioned =
      current.rootId !== '' && channel && server.config.get().ServiceSettings.CollapsedThreads !== 'disabled'
        ? await removeThreadMentions(server, tx, current, channel)
        : [];
    return { current, rows, unmentioned };
  });
  const adminIds = await getSystemAdminMemberIds(server.db, post.channelId);
  publishPostDeleted(server, toApiPost(deleted.current), deleteBy, adminIds);
  if (deleted.unmentioned.length > 0 && channel) {
    await publishMentionRemoved(server, { rootId: deleted.current.rootId, teamId: channel.teamId, userIds: deleted.unmentioned }).catch((err: unknown) =>
      server.log.error('thread_updated failed', errorFields(err)),
    );
  }
}

/**
 * The users the deleted reply explicitly mentioned (as its creation counted them, without the
 * thread's comment mentions) who had not read past it lose one unread mention of the thread.
 * Returns who did.
 */
async function removeThreadMentions(server: ServerContext, tx: DbOrTx, reply: PostRow, channel: ChannelRow): Promise<string[]> {
  const config = server.config.get();
  const members = await getMemberProfiles(tx, channel.id);
  const allowChannelMentions =
    reply.props?.mentionHighlightDisabled !== true &&
    reply.type !== 'system_header_change' &&
    reply.type !== 'system_purpose_change' &&
    members.length < config.TeamSettings.MaxNotificationsPerChannel;
  const { results } = mentionsForPost(
    { userId: reply.userId, message: reply.message, type: reply.type, props: reply.props ?? {}, rootId: reply.rootId },
    {
      channel,
      members,
      onlineUserIds: new Set(channel.type === 'D' ? [] : members.filter((m) => m.status === 'online').map((m) => m.user.id)),
      allowChannelMentions,
      crtUserIds: new Set(),
    },
    null,
  );
  const lowered: string[] = [];
  for (const userId of results.mentions.keys()) {
    const membership = await getThreadMembership(tx, reply.rootId, userId);
    if (!membership || membership.lastViewed > reply.createAt || membership.unreadMentions === 0) continue;
    await updateThreadMembership(tx, { ...membership, unreadMentions: membership.unreadMentions - 1, lastUpdated: nowMillis() });
    lowered.push(userId);
  }
  return lowered;
}
