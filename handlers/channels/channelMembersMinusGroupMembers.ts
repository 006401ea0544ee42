import type { Handler } from '../../server/http/handler';
import { paging, requireChannelId } from '../../app/channels/access';
import { toApiUser } from '../../app/users/serialize';
import { channelMembersPage } from '../../db/queries/channelLists';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS } from '../../server/permissions/permissionIds';

/**
 * GET /channels/{channel_id}/members_minus_group_members?group_ids=: the channel's members who
 * are in none of the groups. This server has no user groups (they come from LDAP/SAML or custom
 * groups, not built yet), so that is every active, non-bot member, with an empty groups list.
 */
export const channelMembersMinusGroupMembers: Handler<'ChannelMembersMinusGroupMembers'> = async (ctx) => {
  const { server, session } = ctx;
  const channelId = requireChannelId(ctx.params.channel_id);
  const raw = ctx.query.group_ids ?? '';
  if (raw.replace(/[^a-zA-Z0-9,]/g, '').length < 26) throw Errors.invalidBodyParam('group_ids');
  if (raw.split(',').some((id) => !isValidId(id))) throw Errors.invalidBodyParam('group_ids');
  requireSystemPermission(server, session, SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS);
  const { offset, perPage } = paging(ctx.query);
  const { rows, total } = await channelMembersPage(server.db, channelId, offset, perPage);
  const config = server.config.get();
  const users = rows.map((r) => ({
    ...toApiUser(r.user, 'other', config),
    groups: [],
    scheme_guest: r.schemeGuest,
    scheme_user: r.schemeUser,
    scheme_admin: r.schemeAdmin,
  }));
  return ctx.json(200, { users, total_count: total } as never);
};
