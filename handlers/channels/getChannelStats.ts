import type { Handler } from '../../server/http/handler';
import { requireChannelId } from '../../app/channels/access';
import { countChannelFiles, countChannelMembers, countPinnedPosts } from '../../db/queries/channelLists';
import { requireChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';

/** GET /channels/{channel_id}/stats: members, guests, pinned posts and files (-1 when exclude_files_count=true). */
export const getChannelStats: Handler<'GetChannelStats'> = async (ctx) => {
  const channelId = requireChannelId(ctx.params.channel_id);
  await requireChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL);
  const { members, guests } = await countChannelMembers(ctx.server.db, channelId);
  return ctx.json(200, {
    channel_id: channelId,
    member_count: members,
    guest_count: guests,
    pinnedpost_count: await countPinnedPosts(ctx.server.db, channelId),
    files_count: ctx.query.exclude_files_count === true ? -1 : await countChannelFiles(ctx.server.db, channelId),
  });
};
