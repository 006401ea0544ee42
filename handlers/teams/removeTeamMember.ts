import type { Handler } from '../../server/http/handler';
import { getTeamOr404, getUserOr404, isGroupConstrained, requireTeamId } from '../../app/teams/access';
import { removeUserFromTeam } from '../../app/teams/members';
import { AppError } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { REMOVE_USER_FROM_TEAM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/** Leaving needs no permission; removing someone else needs remove_user_from_team. */
export const removeTeamMember: Handler<'RemoveTeamMember'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const self = userId === ctx.session.user_id;
  if (!self) await requireTeamPermission(ctx.server, ctx.session, teamId, REMOVE_USER_FROM_TEAM);
  const removed = await ctx.server.db.transaction(async (tx) => {
    const team = await getTeamOr404(tx, teamId);
    const user = await getUserOr404(tx, userId);
    if (isGroupConstrained(team) && !self && !user.isBot) {
      throw new AppError('api.team.remove_member.group_constrained.app_error', 'Unable to remove a user from a group-constrained team.', 400);
    }
    return removeUserFromTeam(ctx.server, tx, team, user, ctx.session.user_id);
  });
  removed.publish();
  return ctx.json(200, { status: 'OK' });
};
