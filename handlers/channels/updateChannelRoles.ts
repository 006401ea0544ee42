import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { MANAGE_CHANNEL_ROLES } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { updateMemberRoles, validChannelMemberRoles } from '../../app/channels/members';
import { requireId } from '../../app/channels/membersAccess';

/** PUT /channels/{channel_id}/members/{user_id}/roles with {roles}. */
export const updateChannelRoles: Handler<'UpdateChannelRoles'> = async (ctx) => {
  const channelId = requireId(ctx.params.channel_id, 'channel_id');
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const roles = ctx.body.roles;
  if (!validChannelMemberRoles(roles)) throw Errors.invalidBodyParam('roles');
  if (!(await hasChannelPermission(ctx.server, ctx.session, channelId, MANAGE_CHANNEL_ROLES))) throw Errors.permission(MANAGE_CHANNEL_ROLES);
  await updateMemberRoles(ctx.server, channelId, userId, roles);
  return ctx.json(200, { status: 'OK' });
};
