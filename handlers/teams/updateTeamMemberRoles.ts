import type { Handler } from '../../server/http/handler';
import { requireTeamId } from '../../app/teams/access';
import { updateTeamMemberRoles as updateRoles } from '../../app/teams/members';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM_ROLES } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

const ROLE_NAME = /^[a-z0-9_]{1,64}$/;

/** Mattermost's IsValidUserRoles: role-name characters only, and never system_admin alone. */
function isValidUserRoles(roles: string): boolean {
  const names = roles.trim().split(/\s+/).filter(Boolean);
  if (!names.every((n) => ROLE_NAME.test(n))) return false;
  return !(names.length === 1 && names[0] === 'system_admin');
}

export const updateTeamMemberRoles: Handler<'UpdateTeamMemberRoles'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const raw = (ctx.body as { roles?: unknown } | undefined)?.roles;
  const roles = typeof raw === 'string' ? raw : '';
  if (!isValidUserRoles(roles)) throw Errors.invalidBodyParam('team_member_roles');
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM_ROLES);
  await updateRoles(ctx.server, teamId, userId, roles);
  return ctx.json(200, { status: 'OK' });
};
