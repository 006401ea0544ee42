import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { MANAGE_CHANNEL_ROLES } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { updateMemberSchemeRoles } from '../../app/channels/members';
import { requireId } from '../../app/channels/membersAccess';

/** PUT /channels/{channel_id}/members/{user_id}/schemeRoles with {scheme_admin, scheme_user, scheme_guest}. */
export const updateChannelMemberSchemeRoles: Handler<'UpdateChannelMemberSchemeRoles'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, MANAGE_CHANNEL_ROLES))) throw Errors.permission(MANAGE_CHANNEL_ROLES);
  await updateMemberSchemeRoles(ctx.server, channelId, userId, {
    schemeAdmin: ctx.body.scheme_admin,
    schemeUser: ctx.body.scheme_user,
    schemeGuest: ctx.body.scheme_guest ?? false,
  });
  return ctx.json(200, { status: 'OK' });
};
