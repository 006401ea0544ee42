import type { Handler } from '../../server/http/handler';
import { toApiTeamMember, type ApiTeamMember } from '../../app/teams/serialize';
import { getTeamOr404, isGroupConstrained, requireTeamId } from '../../app/teams/access';
import { addUserToTeam } from '../../app/teams/members';
import { publishAddedToTeam } from '../../app/teams/events';
import { AppError, Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { ADD_USER_TO_TEAM } from '../../server/permissions/permissionIds';
import { isValidId } from '../../server/ids';
import { groupDenied } from './addTeamMember';

const MAX_BATCH = 256;

interface MemberWithError {
  user_id: string;
  member: ApiTeamMember | null;
  error: { id: string; message: string; detailed_error: string; status_code: number } | null;
}

/**
 * Mattermost's addTeamMembers: up to 256 users, add_user_to_team. Without `graceful` the first
 * failure refuses the whole batch (nothing is added); with it every user is tried and the
 * answer says, per user, the membership or the error. The caller is named as who added them,
 * so town-square says "added to the team by".
 */
export const addTeamMembers: Handler<'AddTeamMembers'> = async (ctx) => {
  const graceful = (ctx.hono.req.query('graceful') ?? '') !== '';
  const teamId = requireTeamId(ctx.params.team_id);
  const members = ctx.body as { team_id?: unknown; user_id?: unknown }[];
  if (!Array.isArray(members)) throw Errors.invalidBodyParam('members');
  if (members.length > MAX_BATCH) throw Errors.invalidBodyParam('too many members in batch');
  if (members.length === 0) throw Errors.invalidBodyParam('no members in batch');
  const team = await getTeamOr404(ctx.server.db, teamId);
  if (isGroupConstrained(team)) throw groupDenied(members.map((m) => String(m.user_id ?? '')));
  const userIds: string[] = [];
  for (const member of members) {
    if (member.team_id !== teamId) throw Errors.invalidBodyParam(`team_id for member with user_id=${String(member.user_id ?? '')}`);
    if (!isValidId(member.user_id)) throw Errors.invalidBodyParam('user_id');
    userIds.push(member.user_id);
  }
  await requireTeamPermission(ctx.server, ctx.session, teamId, ADD_USER_TO_TEAM);

  const requestorId = ctx.session.user_id;
  const announce = (joined: { publish: () => void }, userId: string) => {
    joined.publish();
    // Mattermost's AddTeamMembers announces each membership once more, new or not.
    publishAddedToTeam(ctx.server, teamId, userId);
  };

  if (!graceful) {
    const added = await ctx.server.db.transaction(async (tx) => {
      const rows = [];
      for (const userId of userIds) rows.push(await addUserToTeam(ctx.server, tx, teamId, userId, requestorId));
      return rows;
    });
    added.forEach((joined, i) => announce(joined, userIds[i]));
    return ctx.json(201, added.map((joined) => toApiTeamMember(joined.value)));
  }

  const results: MemberWithError[] = [];
  for (const userId of userIds) {
    try {
      const joined = await ctx.server.db.transaction((tx) => addUserToTeam(ctx.server, tx, teamId, userId, requestorId));
      announce(joined, userId);
      results.push({ user_id: userId, member: toApiTeamMember(joined.value), error: null });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ user_id: userId, member: null, error: { id: err.id, message: err.message, detailed_error: '', status_code: err.statusCode } });
    }
  }
  return ctx.json(201, results as never);
};
