import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { listUsers, type UserListOptions } from '../../db/queries/users';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { isAdminSession, viewRestrictions } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

/**
 * Autocomplete never matches emails. With in_channel (and in_team) it answers
 * {users: members of the channel, out_of_channel: team members outside it}; with in_team
 * only the team's users; with neither, everyone the caller may see.
 */
export const autocompleteUsers: Handler<'AutocompleteUsers'> = async (ctx) => {
  const { server, session } = ctx;
  const q = ctx.query as Record<string, unknown>;
  const channelId = q.in_channel === undefined ? '' : String(q.in_channel);
  const teamId = q.in_team === undefined ? '' : String(q.in_team);
  const name = q.name === undefined ? '' : String(q.name);
  let limit = q.limit === undefined ? DEFAULT_LIMIT : Number(q.limit);
  if (!Number.isInteger(limit)) limit = 0;
  if (limit > MAX_LIMIT) limit = MAX_LIMIT;

  const allowFullNames = hasSystemPermission(server, session, 'manage_system') || server.config.get().PrivacySettings.ShowFullName;
  if (channelId && !(await hasChannelPermission(server, session, channelId, 'read_channel'))) throw Errors.permission('read_channel');
  if (teamId && !(await hasTeamPermission(server, session, teamId, 'view_team'))) throw Errors.permission('view_team');
  const base: UserListOptions = {
    term: name,
    allowEmails: false,
    allowFullNames,
    active: true,
    restrictions: await viewRestrictions(server, session),
    limit: limit > 0 ? limit : 0,
  };
  const asAdmin = isAdminSession(server, session);
  const config = server.config.get();
  const run = async (o: UserListOptions) => (base.limit ? toApiProfiles(await listUsers(server.db, o), asAdmin, config) : []);
  if (channelId) {
    if (!teamId) {
      throw new AppError('api.user.autocomplete_users.missing_team_id.app_error', 'Team id parameter is required to autocomplete by channel.', 500, `channelId=${channelId}`);
    }
    const [users, outOfChannel] = await Promise.all([
      run({ ...base, inChannel: channelId }),
      run({ ...base, inTeam: teamId, notInChannel: channelId }),
    ]);
    return ctx.json(200, { users, out_of_channel: outOfChannel } as never);
  }
  const users = await run({ ...base, inTeam: teamId || undefined });
  return ctx.json(200, { users } as never);
};
