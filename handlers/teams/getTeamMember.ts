import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { memberNotFound, requireTeamId, userCanSeeOtherUser } from '../../app/teams/access';
import { getTeamMemberRow } from '../../db/queries/teams';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_MEMBERS, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/** A membership, a left one too (its delete_at tells), for those who may view the team and the user. */
export const getTeamMember: Handler<'GetTeamMember'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  if (!(await userCanSeeOtherUser(ctx.server, ctx.session, userId))) throw Errors.permission(VIEW_MEMBERS);
  const member = await getTeamMemberRow(ctx.server.db, teamId, userId);
  if (!member) throw memberNotFound();
  return ctx.json(200, toApiTeamMember(member));
};
