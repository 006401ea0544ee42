import type { Handler } from '../../server/http/handler';
import { toApiTeam } from '../../app/teams/serialize';
import { requireTeamId } from '../../app/teams/access';
import { updateTeamPrivacy as updateTeamPrivacyApp } from '../../app/teams/updateTeam';
import { Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM } from '../../server/permissions/permissionIds';

/** Mattermost's updateTeamPrivacy: 'O' (open to all, open invites) or 'I' (invite only). */
export const updateTeamPrivacy: Handler<'UpdateTeamPrivacy'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const privacy = (ctx.body as { privacy?: unknown } | undefined)?.privacy;
  if (privacy !== 'O' && privacy !== 'I') throw Errors.invalidBodyParam('privacy');
  await requireTeamPermission(ctx.server, ctx.session, teamId, MANAGE_TEAM);
  return ctx.json(200, toApiTeam(await updateTeamPrivacyApp(ctx.server, teamId, privacy)));
};
