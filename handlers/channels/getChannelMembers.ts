import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';
import { getChannelMembersPage } from '../../db/queries/channelMembers';
import { memberForViewer } from '../../app/channels/members';
import { paging, requireId } from '../../app/channels/membersAccess';

/** GET /channels/{channel_id}/members?page&per_page. */
export const getChannelMembers: Handler<'GetChannelMembers'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
  const { offset, limit } = paging(ctx.query);
  const rows = await getChannelMembersPage(ctx.server.db, channelId, offset, limit);
  return ctx.json(200, rows.map((r) => memberForViewer(r, ctx.session.user_id)));
};
