import type { Handler } from '../../server/http/handler';
import { hasSystemAdminRole, isSystemAdminSession, requireTeamId } from '../../app/teams/access';
import { deleteTeamPermanently, setTeamDeleteAt } from '../../app/teams/updateTeam';
import { parseBool } from '../../app/teams/paging';
import { AppError, Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM, MANAGE_TEAM } from '../../server/permissions/permissionIds';

/**
 * Mattermost's deleteTeam: manage_team archives the team. `permanent=true` deletes it for good
 * only when ServiceSettings.EnableAPITeamDeletion is on and the caller may manage the
 * system; with the setting off it is a 401 (a longer id for system admins).
 */
export const softDeleteTeam: Handler<'SoftDeleteTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  if (parseBool(ctx.query.permanent)) {
    if (!ctx.server.config.get().ServiceSettings.EnableAPITeamDeletion) {
      const forAdmin = hasSystemAdminRole(ctx.session.roles);
      throw new AppError(
        forAdmin ? 'api.user.delete_team.not_enabled.for_admin.app_error' : 'api.user.delete_team.not_enabled.app_error',
        forAdmin
          ? 'Permanent team deletion feature is not enabled. ServiceSettings.EnableAPITeamDeletion must be set to true to use this feature.'
          : 'Permanent team deletion feature is not enabled. Please contact your System Administrator.',
        401,
        `teamId=${teamId}`,
      );
    }
    if (!isSystemAdminSession(ctx.server, ctx.session)) throw Errors.permission(MANAGE_SYSTEM);
    await deleteTeamPermanently(ctx.server, teamId);
  } else {
    await setTeamDeleteAt(ctx.server, teamId, true);
  }
  return ctx.json(200, { status: 'OK' });
};
