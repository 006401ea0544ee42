/**
 * Flagged (saved) posts: GET /users/{user_id}/posts/flagged, Mattermost's
 * getFlaggedPostsForUser. A flag is a preference of category `flagged_post` named by the post
 * id; only live posts of channels the user belongs to and the caller may read come back.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import type { ChannelRow } from '../../db/schema';
import { getFlaggedPosts } from '../../db/queries/search';
import { getChannelsByIds } from '../../db/queries/channels';
import { canReadChannel } from '../posts/access';
import { preparePostsForClient } from '../posts/metadata';
import { emptyPostList, type ApiPostList } from '../posts/serialize';
import { requirePermissionToUser } from '../threads/threads';

export async function getFlaggedPostsForUser(
  server: ServerContext,
  session: Session,
  userId: string,
  filter: { channelId: string; teamId: string; page: number; perPage: number },
): Promise<ApiPostList> {
  await requirePermissionToUser(server, session, userId);
  const rows = await getFlaggedPosts(server.db, {
    userId,
    channelId: filter.channelId || undefined,
    teamId: filter.channelId ? undefined : filter.teamId || undefined,
    offset: filter.page * filter.perPage,
    limit: filter.perPage,
  });
  const channelIds = [...new Set(rows.map((r) => r.channelId))];
  const channels = new Map<string, ChannelRow>((await getChannelsByIds(server.db, channelIds)).map((c) => [c.id, c]));
  const readable = new Map<string, boolean>();
  for (const id of channelIds) {
    const channel = channels.get(id);
    readable.set(id, channel ? await canReadChannel(server, session, channel) : false);
  }
  const visible = rows.filter((r) => readable.get(r.channelId));
  const list = emptyPostList();
  for (const post of await preparePostsForClient(server.db, server.config.get(), visible, { viewerId: session.user_id })) {
    list.order.push(post.id);
    list.posts[post.id] = post;
  }
  return list;
}
