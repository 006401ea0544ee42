import type { Handler } from '../../server/http/handler';
import { toVisibleTeam } from '../../app/teams/serialize';
import { isSystemAdminSession, requireTeamId } from '../../app/teams/access';
import { regenerateInviteId } from '../../app/teams/updateTeam';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

export const regenerateTeamInviteId: Handler<'RegenerateTeamInviteId'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  const team = await toVisibleTeam(ctx.server, ctx.session, await regenerateInviteId(ctx.server, teamId));
  if (!ctx.server.config.get().PrivacySettings.ShowEmailAddress && !isSystemAdminSession(ctx.server, ctx.session)) team.email = '';
  return ctx.json(200, team);
};
