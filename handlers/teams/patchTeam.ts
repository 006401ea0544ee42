import type { Handler } from '../../server/http/handler';
import { toVisibleTeam } from '../../app/teams/serialize';
import { requireTeamId } from '../../app/teams/access';
import { patchTeam as patchTeamApp, type TeamPatch } from '../../app/teams/updateTeam';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

const STRINGS = ['display_name', 'description', 'company_name', 'allowed_domains'] as const;
const BOOLEANS = ['allow_open_invite', 'group_constrained', 'cloud_limits_archived'] as const;

/** Mattermost's patchTeam: the fields given (null counts as absent), manage_team. */
export const patchTeam: Handler<'PatchTeam'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const patch: TeamPatch = {};
  for (const key of STRINGS) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw Errors.invalidBodyParam('team');
    patch[key] = value;
  }
  for (const key of BOOLEANS) {
    const value = body[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean') throw Errors.invalidBodyParam('team');
    patch[key] = value;
  }
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  const patched = await patchTeamApp(ctx.server, teamId, patch);
  return ctx.json(200, await toVisibleTeam(ctx.server, ctx.session, patched));
};
