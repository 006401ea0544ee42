import type { Handler } from '../../server/http/handler';
import { createTeam as createTeamApp } from '../../app/teams/createTeam';
import { toApiTeam } from '../../app/teams/serialize';
import { getUserOr404 } from '../../app/teams/access';
import { isTeamEmailAllowed } from '../../app/teams/domains';
import { syncTypeAndOpenInvite } from '../../app/teams/updateTeam';
import { sanitizeUnicode, withoutNul } from '../../app/teams/sanitize';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { CREATE_TEAM, SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS } from '../../server/permissions/permissionIds';

const STRING_FIELDS = ['id', 'name', 'display_name', 'type', 'description', 'company_name', 'allowed_domains', 'email', 'invite_id'] as const;

/**
 * Mattermost's createTeam / CreateTeamWithUser: create_team, the creator's address as the
 * team's (and it must be allowed by the domains), type and open invites kept in step. A scheme
 * id (which needs sysconsole_write_user_management_permissions) and the group constraint are
 * stored as given, as an unlicensed Mattermost stores them. The answer is not sanitized: the
 * creator is the team's admin.
 */
export const createTeam: Handler<'CreateTeam'> = async (ctx) => {
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  for (const key of STRING_FIELDS) if (body[key] !== undefined && typeof body[key] !== 'string') throw Errors.invalidBodyParam('team');
  if (body.allow_open_invite !== undefined && typeof body.allow_open_invite !== 'boolean') throw Errors.invalidBodyParam('team');
  const schemeId = body.scheme_id ?? null;
  const groupConstrained = body.group_constrained ?? null;
  if (schemeId !== null && typeof schemeId !== 'string') throw Errors.invalidBodyParam('team');
  if (groupConstrained !== null && typeof groupConstrained !== 'boolean') throw Errors.invalidBodyParam('team');
  if (!hasSystemPermission(ctx.server, ctx.session, CREATE_TEAM)) {
    throw new AppError('api.team.is_team_creation_allowed.disabled.app_error', 'Team creation has been disabled. Please ask your System Administrator for details.', 403);
  }
  if (schemeId !== null && !hasSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS)) {
    throw Errors.permission(SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS);
  }
  // The column holds an id (26 characters); Mattermost's database refuses longer values too.
  if (typeof schemeId === 'string' && (schemeId.length > 26 || schemeId.includes('\u0000'))) throw Errors.invalidBodyParam('scheme_id');
  const creator = await getUserOr404(ctx.server.db, ctx.session.user_id);
  const str = (key: (typeof STRING_FIELDS)[number]) => withoutNul((body[key] as string | undefined) ?? '');
  if (!isTeamEmailAllowed(creator, { allowedDomains: str('allowed_domains') }, ctx.server.config.get())) {
    throw new AppError('api.team.is_team_creation_allowed.domain.app_error', 'Email must be from a specific domain (e.g. @example.com). Please ask your System Administrator for details.', 400);
  }
  if (str('id') !== '') throw new AppError('app.team.save.existing.app_error', 'A team with that name already exists.', 400);
  const { type, allowOpenInvite } = syncTypeAndOpenInvite({ type: str('type'), allowOpenInvite: body.allow_open_invite === true });
  const team = await createTeamApp(
    ctx.server,
    {
      name: sanitizeUnicode(str('name')),
      display_name: sanitizeUnicode(str('display_name')),
      type,
      description: sanitizeUnicode(str('description')),
      company_name: sanitizeUnicode(str('company_name')),
      allowed_domains: str('allowed_domains'),
      allow_open_invite: allowOpenInvite,
      scheme_id: schemeId as string | null,
      group_constrained: groupConstrained as boolean | null,
    },
    creator,
  );
  return ctx.json(201, toApiTeam(team));
};
