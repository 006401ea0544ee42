import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';
import { getChannelMembersForUserInTeam } from '../../db/queries/channelMembers';
import { memberForViewer } from '../../app/channels/members';
import { requireId } from '../../app/channels/membersAccess';

/** GET /users/{user_id}/teams/{team_id}/channels/members: the user's memberships in the team and their DMs/GMs. */
export const getChannelMembersForUser: Handler<'GetChannelMembersForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  if (!(await hasTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
  if (userId !== ctx.session.user_id && !(await hasTeamPermission(ctx.server, ctx.session, teamId, MANAGE_SYSTEM))) {
    throw Errors.permission(MANAGE_SYSTEM);
  }
  const rows = await getChannelMembersForUserInTeam(ctx.server.db, userId, teamId);
  return ctx.json(200, rows.map((r) => memberForViewer(r, ctx.session.user_id)));
};
