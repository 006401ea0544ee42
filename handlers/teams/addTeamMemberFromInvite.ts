import type { Handler } from '../../server/http/handler';
import { toApiTeamMember } from '../../app/teams/serialize';
import { getUserOr404, isGroupConstrained, isGuestSession } from '../../app/teams/access';
import { joinUserToTeam } from '../../app/teams/members';
import { getTeamByInviteId } from '../../db/queries/teamLists';
import { AppError } from '../../server/http/appError';
import { inviteNotFound } from './getTeamInviteInfo';
import { joinTeamByToken } from '../../app/teams/invites';

/**
 * Mattermost's addUserToTeamFromInvite. `token`: an email invitation (single use, 48 hours).
 * `invite_id`: the team's invite link, which non-guests may use to join even an invite-only team.
 */
export const addTeamMemberFromInvite: Handler<'AddTeamMemberFromInvite'> = async (ctx) => {
  const token = typeof ctx.query.token === 'string' ? ctx.query.token : '';
  const inviteId = typeof ctx.query.invite_id === 'string' ? ctx.query.invite_id : '';
  if (token !== '') return ctx.json(201, toApiTeamMember(await joinTeamByToken(ctx.server, ctx.session.user_id, token)));
  if (inviteId === '') {
    throw new AppError('api.team.add_user_to_team.missing_parameter.app_error', 'Parameter required to add user to team.', 400);
  }
  if (isGuestSession(ctx.session)) {
    throw new AppError('api.team.add_user_to_team_from_invite.guest.app_error', 'Guests are restricted from joining a team via an invite link.', 403);
  }
  const joined = await ctx.server.db.transaction(async (tx) => {
    const team = await getTeamByInviteId(tx, inviteId);
    if (!team) throw inviteNotFound();
    const user = await getUserOr404(tx, ctx.session.user_id);
    if (isGroupConstrained(team)) {
      throw new AppError('app.team.invite_id.group_constrained.error', 'Unable to join a group-constrained team by invite.', 403);
    }
    return joinUserToTeam(ctx.server, tx, team, user);
  });
  joined.publish();
  return ctx.json(201, toApiTeamMember(joined.value));
};
