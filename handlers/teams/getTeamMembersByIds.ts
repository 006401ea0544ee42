import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { getViewRestrictions, requireTeamId } from '../../app/teams/access';
import { getTeamMembersByUserIds } from '../../db/queries/teamLists';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';

export const getTeamMembersByIds: Handler<'GetTeamMembersByIds'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userIds = ctx.body;
  if (!Array.isArray(userIds) || userIds.length === 0) throw Errors.invalidBodyParam('user_ids');
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const restrictions = await getViewRestrictions(ctx.server, ctx.session);
  const members = await getTeamMembersByUserIds(ctx.server.db, teamId, [...new Set(userIds)], restrictions);
  return ctx.json(200, members.map(toApiTeamMember));
};
