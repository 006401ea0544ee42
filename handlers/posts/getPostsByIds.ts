import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getChannelsByIds } from '../../db/queries/channels';
import { getPostsByIds as findPosts } from '../../db/queries/posts';
import { isValidId } from '../../server/ids';
import { canReadChannel, postNotFound } from '../../app/posts/access';
import { preparePostsForClient } from '../../app/posts/metadata';

/**
 * POST /posts/ids: the posts (deleted ones included, newest first) the session may read; posts
 * in channels it cannot read are left out. None of the ids existing is a 404, as in Mattermost.
 */
export const getPostsByIds: Handler<'getPostsByIds'> = async (ctx) => {
  const ids = [...new Set(ctx.body)].sort();
  if (ids.length === 0) throw Errors.invalidBodyParam('post_ids');
  if (ids.length > 1000) {
    throw new AppError('api.post.posts_by_ids.invalid_body.request_error', 'The number of posts requested exceeds the maximum of 1000.', 400, '', { MaxLength: 1000 });
  }
  const rows = await findPosts(ctx.server.db, ids.filter(isValidId));
  if (rows.length === 0) throw postNotFound();
  const channels = new Map((await getChannelsByIds(ctx.server.db, [...new Set(rows.map((r) => r.channelId))])).map((c) => [c.id, c]));
  const readable = new Map<string, boolean>();
  const visible = [];
  for (const row of rows) {
    const channel = channels.get(row.channelId);
    if (!channel) continue;
    if (!readable.has(channel.id)) readable.set(channel.id, await canReadChannel(ctx.server, ctx.session, channel));
    if (readable.get(channel.id)) visible.push(row);
  }
  const posts = await preparePostsForClient(ctx.server.db, ctx.server.config.get(), visible, { viewerId: ctx.session.user_id });
  ctx.hono.header('First-Inaccessible-Post-Time', '0');
  return ctx.json(200, posts);
};
