import type { Handler } from '../../server/http/handler';
import { toApiUser } from '../../app/users/serialize';
import { requireTeamId } from '../../app/teams/access';
import { readPaging } from '../../app/teams/paging';
import { countTeamMemberUsers, teamMemberUsersPage } from '../../db/queries/teamLists';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { SYSCONSOLE_READ_USER_MANAGEMENT_GROUPS } from '../../server/permissions/permissionIds';
import { isValidId } from '../../server/ids';

/**
 * Mattermost's teamMembersMinusGroupMembers: the team's human members outside the given groups.
 * A Team Edition server has no groups, so that is every active member, by username.
 */
export const teamMembersMinusGroupMembers: Handler<'TeamMembersMinusGroupMembers'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const raw = typeof ctx.query.group_ids === 'string' ? ctx.query.group_ids : '';
  if (raw.replace(/[^a-zA-Z0-9,]/g, '').length < 26) throw Errors.invalidBodyParam('group_ids');
  if (!raw.split(',').every((id) => isValidId(id))) throw Errors.invalidBodyParam('group_ids');
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_USER_MANAGEMENT_GROUPS);
  const { page, perPage } = readPaging(ctx.query);
  const config = ctx.server.config.get();
  const rows = await teamMemberUsersPage(ctx.server.db, teamId, { offset: page * perPage, limit: perPage });
  const users = rows.map(({ user, member }) => ({
    ...toApiUser(user, 'other', config),
    groups: [],
    scheme_guest: member.schemeGuest,
    scheme_user: member.schemeUser,
    scheme_admin: member.schemeAdmin,
  }));
  return ctx.json(200, { users, total_count: await countTeamMemberUsers(ctx.server.db, teamId) });
};
