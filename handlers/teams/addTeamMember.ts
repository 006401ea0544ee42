import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { getTeamOr404, isGroupConstrained, requireTeamId } from '../../app/teams/access';
import { addUserToTeam } from '../../app/teams/members';
import { publishAddedToTeam } from '../../app/teams/events';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission, requireTeamPermission } from '../../server/permissions/authorization';
import { ADD_USER_TO_TEAM, JOIN_PRIVATE_TEAMS, JOIN_PUBLIC_TEAMS } from '../../server/permissions/permissionIds';
import { isValidId } from '../../server/ids';

/** This server has no groups, so every user is outside a group-constrained team's groups. */
export const groupDenied = (userIds: string[]) =>
  new AppError('api.team.add_members.user_denied', 'This team is managed by groups. These users are not members of its groups.', 400, '', { UserIDs: userIds });

/**
 * Mattermost's addTeamMember: joining oneself needs join_public_teams for a team with open
 * invites, join_private_teams for any other; adding someone else needs add_user_to_team.
 * Mattermost adds without naming a requestor here, so town-square says the user joined.
 */
export const addTeamMember: Handler<'AddTeamMember'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  const body = (ctx.body ?? {}) as { team_id?: unknown; user_id?: unknown };
  if (body.team_id !== teamId) throw Errors.invalidBodyParam('team_id');
  if (!isValidId(body.user_id)) throw Errors.invalidBodyParam('user_id');
  const userId = body.user_id;
  if (userId === ctx.session.user_id) {
    const team = await getTeamOr404(ctx.server.db, teamId);
    const needed = team.allowOpenInvite ? JOIN_PUBLIC_TEAMS : JOIN_PRIVATE_TEAMS;
    if (!hasSystemPermission(ctx.server, ctx.session, needed)) throw Errors.permission(needed);
  } else {
    await requireTeamPermission(ctx.server, ctx.session, teamId, ADD_USER_TO_TEAM);
  }
  const team = await getTeamOr404(ctx.server.db, teamId);
  if (isGroupConstrained(team)) throw groupDenied([userId]);
  const joined = await ctx.server.db.transaction((tx) => addUserToTeam(ctx.server, tx, teamId, userId));
  joined.publish();
  // Mattermost's AddTeamMember announces the membership once more, new or not.
  publishAddedToTeam(ctx.server, teamId, userId);
  return ctx.json(201, toApiTeamMember(joined.value));
};
