import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { countUsersFiltered } from '../../db/queries/users';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { cleanRoleNames } from '../../app/users/list';
import { parseBool } from '../../app/users/params';

export const getTotalUsersStatsFiltered: Handler<'GetTotalUsersStatsFiltered'> = async (ctx) => {
  const { server, session } = ctx;
  const q = ctx.query as Record<string, unknown>;
  const str = (k: string) => (q[k] === undefined ? '' : String(q[k]));
  const teamId = str('in_team');
  const channelId = str('in_channel');
  const roles = str('roles') ? cleanRoleNames(str('roles'), 'roles') : [];
  const channelRoles = str('channel_roles') && channelId ? cleanRoleNames(str('channel_roles'), 'channelRoles') : [];
  const teamRoles = str('team_roles') && teamId ? cleanRoleNames(str('team_roles'), 'teamRoles') : [];
  if (!hasSystemPermission(server, session, 'sysconsole_read_user_management_users')) {
    throw Errors.permission('sysconsole_read_user_management_users');
  }
  const total = await countUsersFiltered(server.db, {
    includeDeleted: parseBool(q.include_deleted),
    includeBots: parseBool(q.include_bots),
    inTeam: teamId || undefined,
    inChannel: channelId || undefined,
    roles,
    channelRoles,
    teamRoles,
  });
  return ctx.json(200, { total_users_count: total } as never);
};
