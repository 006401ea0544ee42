import type { Handler } from '../../server/http/handler';
import { loadChannel, requireChannelId } from '../../app/channels/access';
import { requireChannelContentRead } from '../../app/posts/access';
import { rawList, toApiPostList } from '../../app/posts/postList';
import { getPinnedPosts as pinned } from '../../db/queries/posts';

/** GET /channels/{channel_id}/pinned: the channel's pinned posts, oldest first, for those who can read it. */
export const getPinnedPosts: Handler<'GetPinnedPosts'> = async (ctx) => {
  const channelId = requireChannelId(ctx.params.channel_id);
  const channel = await loadChannel(ctx.server, channelId);
  await requireChannelContentRead(ctx.server, ctx.session, channel);
  const list = rawList(await pinned(ctx.server.db, channelId));
  return ctx.json(
    200,
    await toApiPostList(ctx.server.db, ctx.server.config.get(), list, { viewerId: ctx.session.user_id, collapsedThreads: false, collapsedThreadsExtended: false }),
  );
};
