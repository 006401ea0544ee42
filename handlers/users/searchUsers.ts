import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { listUsers, type UserListOptions } from '../../db/queries/users';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { isAdminSession, viewRestrictions } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';

/** Mattermost's UserSearchDefaultLimit and UserSearchMaxLimit. */
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

interface UserSearch {
  term?: string;
  team_id?: string;
  not_in_team_id?: string;
  in_channel_id?: string;
  not_in_channel_id?: string;
  in_group_id?: string;
  not_in_group_id?: string;
  allow_inactive?: boolean;
  without_team?: boolean;
  limit?: number;
  role?: string;
  roles?: string[];
  channel_roles?: string[];
  team_roles?: string[];
}

export const searchUsers: Handler<'SearchUsers'> = async (ctx) => {
  const { server, session } = ctx;
  const props = (ctx.body ?? {}) as UserSearch;
  const limit = props.limit === undefined || props.limit === 0 ? DEFAULT_LIMIT : props.limit;
  const term = typeof props.term === 'string' ? props.term : '';
  if (term === '') throw Errors.invalidBodyParam('term');
  if (!props.team_id && props.not_in_channel_id) throw Errors.invalidBodyParam('team_id');
  if (props.in_group_id || props.not_in_group_id) {
    throw new AppError('app.group.no_rows', 'No matching group found.', 404);
  }
  if (props.in_channel_id && !(await hasChannelPermission(server, session, props.in_channel_id, 'read_channel'))) throw Errors.permission('read_channel');
  if (props.not_in_channel_id && !(await hasChannelPermission(server, session, props.not_in_channel_id, 'read_channel'))) {
    throw Errors.permission('read_channel');
  }
  if (props.team_id && !(await hasTeamPermission(server, session, props.team_id, 'view_team'))) throw Errors.permission('view_team');
  if (props.not_in_team_id && !(await hasTeamPermission(server, session, props.not_in_team_id, 'view_team'))) throw Errors.permission('view_team');
  if (!Number.isInteger(limit) || limit <= 0 || limit > MAX_LIMIT) throw Errors.invalidBodyParam('limit');

  const privacy = server.config.get().PrivacySettings;
  const manageSystem = hasSystemPermission(server, session, 'manage_system');
  const base: UserListOptions = {
    term,
    allowEmails: manageSystem || privacy.ShowEmailAddress,
    allowFullNames: manageSystem || privacy.ShowFullName,
    active: !props.allow_inactive,
    role: props.role || undefined,
    roles: Array.isArray(props.roles) ? props.roles : [],
    restrictions: await viewRestrictions(server, session),
    limit,
  };
  let options: UserListOptions;
  if (props.without_team) options = { ...base, withoutTeam: true };
  else if (props.in_channel_id) options = { ...base, inChannel: props.in_channel_id, channelRoles: props.channel_roles ?? [] };
  else if (props.not_in_channel_id) options = { ...base, inTeam: props.team_id, notInChannel: props.not_in_channel_id };
  else if (props.not_in_team_id) options = { ...base, notInTeam: props.not_in_team_id };
  else options = { ...base, inTeam: props.team_id || undefined, teamRoles: props.team_id ? (props.team_roles ?? []) : [] };
  const rows = await listUsers(server.db, options);
  return ctx.json(200, toApiProfiles(rows, isAdminSession(server, session), server.config.get()) as never);
};
