import type { Handler } from '../../server/http/handler';
import { requireTeamName } from '../../app/teams/access';
import { getTeamByName } from '../../db/queries/teams';
import { getActiveTeamMember } from '../../db/queries/teams';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { LIST_PRIVATE_TEAMS, LIST_PUBLIC_TEAMS } from '../../server/permissions/permissionIds';

/** True only for a team the caller could see: a member, or one who may list teams of its kind. */
export const teamExists: Handler<'TeamExists'> = async (ctx) => {
  const team = await getTeamByName(ctx.server.db, requireTeamName(ctx.params.name));
  let exists = false;
  if (team) {
    const member = await getActiveTeamMember(ctx.server.db, team.id, ctx.session.user_id);
    exists =
      member !== undefined ||
      (team.allowOpenInvite && hasSystemPermission(ctx.server, ctx.session, LIST_PUBLIC_TEAMS)) ||
      (!team.allowOpenInvite && hasSystemPermission(ctx.server, ctx.session, LIST_PRIVATE_TEAMS));
  }
  return ctx.json(200, { exists });
};
