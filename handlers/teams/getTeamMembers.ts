import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { getViewRestrictions, requireTeamId } from '../../app/teams/access';
import { parseBool, readPaging } from '../../app/teams/paging';
import { getTeamMembersPage } from '../../db/queries/teamLists';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';

/** A page of the team's active members, by user id or (sort=Username) by username. */
export const getTeamMembers: Handler<'GetTeamMembers'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const restrictions = await getViewRestrictions(ctx.server, ctx.session);
  const { offset, perPage } = readPaging(ctx.query);
  const members = await getTeamMembersPage(ctx.server.db, teamId, {
    offset,
    limit: perPage,
    sort: typeof ctx.query.sort === 'string' ? ctx.query.sort : '',
    excludeDeletedUsers: parseBool(ctx.query.exclude_deleted_users),
    restrictions,
  });
  return ctx.json(200, members.map(toApiTeamMember));
};
