/**
 * Deleting a post, as Mattermost's DeletePost does it (soft): in one transaction that locks the
 * channel, the post and, for a root, every reply get delete_at = update_at = the channel clock
 * and props.deleteBy; the post's files (and a root's thread's files) are hidden; the thread is
 * marked deleted, or, for a reply, recounted (and its root's update_at moves so `since`
 * readers see the new count); flags and reply drafts of the post go. Channel message totals
 * are left as they are, as in Mattermost. Then `post_deleted` goes to the channel.
 */
import type { PostRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { getChannelById } from '../../db/queries/channels';
import { getPostById, markThreadDeleted, recountThreadAfterDeletion, softDeletePostTree, touchPostUpdateAt } from '../../db/queries/posts';
import { forgetDeletedPost, getSystemAdminMemberIds, hideFilesOfPosts, hideFilesOfThread } from '../../db/queries/postMetadata';
import { AppError } from '../../server/http/appError';
import { lockChannelForPostWrite } from './clock';
import { publishPostDeleted } from './events';
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
    return { current, rows };
  });
  const adminIds = await getSystemAdminMemberIds(server.db, post.channelId);
  publishPostDeleted(server, toApiPost(deleted.current), deleteBy, adminIds);
}
