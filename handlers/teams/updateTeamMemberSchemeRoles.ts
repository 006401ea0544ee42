import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/teams/access';
import { updateTeamMemberSchemeRoles as updateSchemeRoles } from '../../app/teams/members';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM_ROLES } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

export const updateTeamMemberSchemeRoles: Handler<'UpdateTeamMemberSchemeRoles'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const body = (ctx.body ?? {}) as { scheme_guest?: unknown; scheme_user?: unknown; scheme_admin?: unknown };
  for (const value of [body.scheme_guest, body.scheme_user, body.scheme_admin]) {
    if (value !== undefined && value !== null && typeof value !== 'boolean') throw Errors.invalidBodyParam('scheme_roles');
  }
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ROLES);
  await updateSchemeRoles(ctx.server, teamId, userId, {
    schemeGuest: body.scheme_guest === true,
    schemeUser: body.scheme_user === true,
    schemeAdmin: body.scheme_admin === true,
  });
  return ctx.json(200, { status: 'OK' });
};
