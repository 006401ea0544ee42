import type { Handler } from '../../server/http/handler';
import { toVisibleTeam } from '../../app/teams/serialize';
import { requireTeamId } from '../../app/teams/access';
import { updateTeam as updateTeamApp } from '../../app/teams/updateTeam';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

const optional = (value: unknown, type: 'string' | 'boolean' | 'number'): boolean => value === undefined || value === null || typeof value === type;

/**
 * Mattermost's updateTeam: the body is a whole team whose id must be the URL's; only display
 * name, description, open invites, company name, allowed domains, icon time and group
 * constraint are copied (absent ones become empty).
 */
export const updateTeam: Handler<'UpdateTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const wellTyped =
    ['display_name', 'description', 'company_name', 'allowed_domains', 'name', 'email', 'type', 'invite_id'].every((k) => optional(body[k], 'string')) &&
    optional(body.allow_open_invite, 'boolean') &&
    optional(body.group_constrained, 'boolean') &&
    optional(body.last_team_icon_update, 'number') &&
    (typeof body.last_team_icon_update !== 'number' || Number.isSafeInteger(body.last_team_icon_update));
  if (!wellTyped) throw Errors.invalidBodyParam('team');
  if (body.id !== teamId) throw Errors.invalidBodyParam('id');
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  const updated = await updateTeamApp(ctx.server, teamId, {
    display_name: (body.display_name as string | undefined) ?? '',
    description: (body.description as string | undefined) ?? '',
    allow_open_invite: body.allow_open_invite === true,
    company_name: (body.company_name as string | undefined) ?? '',
    allowed_domains: (body.allowed_domains as string | undefined) ?? '',
    last_team_icon_update: typeof body.last_team_icon_update === 'number' ? body.last_team_icon_update : 0,
    group_constrained: typeof body.group_constrained === 'boolean' ? body.group_constrained : null,
  });
  return ctx.json(200, await toVisibleTeam(ctx.server, ctx.session, updated));
};
