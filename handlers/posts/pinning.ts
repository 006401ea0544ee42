import type { Session } from '../../app/sessions/types';
import type { ServerContext } from '../../server/context';
import { Errors } from '../../server/http/appError';
import { READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { getPostById } from '../../db/queries/posts';
import { loadChannel } from '../../app/channels/access';
import { requireChannelContentRead, requirePostId } from '../../app/posts/access';
import { patchPost } from '../../app/posts/updatePost';

/**
 * Mattermost's saveIsPinnedPost: a post that does not exist is a read_channel_content refusal;
 * the caller must be able to read the channel; then the pin is patched like any edit.
 */
export async function savePinned(server: ServerContext, session: Session, rawId: string, isPinned: boolean): Promise<void> {
  const postId = requirePostId(rawId);
  const post = await getPostById(server.db, postId);
  if (!post) throw Errors.permission(READ_CHANNEL_CONTENT);
  const channel = await loadChannel(server, post.channelId);
  await requireChannelContentRead(server, session, channel);
  await patchPost(server, postId, { isPinned }, session.user_id);
}
