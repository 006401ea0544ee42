import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL } from '../../server/permissions/permissionIds';
import { getChannelMembersByUserIds } from '../../db/queries/channelMembers';
import { memberForViewer } from '../../app/channels/members';
import { requireId } from '../../app/channels/membersAccess';

/** POST /channels/{channel_id}/members/ids with a list of user ids. */
export const getChannelMembersByIds: Handler<'GetChannelMembersByIds'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userIds = [...new Set(ctx.body)].sort();
  if (userIds.length === 0) throw Errors.invalidBodyParam('user_ids');
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
  // Strings that are not ids can match no member.
  const rows = await getChannelMembersByUserIds(ctx.server.db, channelId, userIds.filter((id) => isValidId(id)));
  return ctx.json(200, rows.map((r) => memberForViewer(r, ctx.session.user_id)));
};
