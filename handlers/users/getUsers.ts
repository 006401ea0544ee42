import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getChannelById } from '../../db/queries/channels';
import { listUsers, type UserListOptions } from '../../db/queries/users';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { isAdminSession, viewRestrictions } from '../../app/users/access';
import { toApiProfiles } from '../../app/users/serialize';
import { existingRoleNames } from '../../app/users/list';
import { paging, parseBool } from '../../app/users/params';

const SORTS = new Set(['', 'last_activity_at', 'create_at', 'status', 'admin', 'display_name']);

export const getUsers: Handler<'GetUsers'> = async (ctx) => {
  const { server, session } = ctx;
  const q = ctx.query as Record<string, unknown>;
  const str = (k: string) => (typeof q[k] === 'string' ? (q[k] as string) : q[k] === undefined ? '' : String(q[k]));
  const inTeam = str('in_team');
  const notInTeam = str('not_in_team');
  const inChannel = str('in_channel');
  const notInChannel = str('not_in_channel');
  const inGroup = str('in_group');
  const notInGroup = str('not_in_group');
  const withoutTeamRaw = str('without_team');
  const sort = str('sort');

  if (notInChannel && !inTeam) throw Errors.invalidUrlParam('team_id');
  if (!SORTS.has(sort)) throw Errors.invalidUrlParam('sort');
  if ((sort === 'last_activity_at' || sort === 'create_at') && (!inTeam || notInTeam || inChannel || notInChannel || withoutTeamRaw || inGroup || notInGroup)) {
    throw Errors.invalidUrlParam('sort');
  }
  if ((sort === 'status' || sort === 'admin') && !inChannel) throw Errors.invalidUrlParam('sort');
  if (sort === 'display_name' && (!inGroup || notInGroup || inTeam || notInTeam || inChannel || notInChannel || withoutTeamRaw)) {
    throw Errors.invalidUrlParam('sort');
  }
  const withoutTeam = parseBool(withoutTeamRaw);
  const inactive = parseBool(str('inactive'));
  const active = parseBool(str('active'));
  if (inactive && active) throw Errors.invalidUrlParam('inactive');

  const role = str('role');
  if (role) existingRoleNames(server, role, 'role');
  const roles = str('roles') ? existingRoleNames(server, str('roles'), 'roles') : [];
  const channelRoles = str('channel_roles') && inChannel ? existingRoleNames(server, str('channel_roles'), 'channelRoles') : [];
  const teamRoles = str('team_roles') && inTeam ? existingRoleNames(server, str('team_roles'), 'teamRoles') : [];

  const restrictions = await viewRestrictions(server, session);
  const { page, perPage } = paging(q);
  const base: UserListOptions = { inactive, active, role, roles, restrictions, offset: page * perPage, limit: perPage };

  if (inChannel && !server.config.get().TeamSettings.ExperimentalViewArchivedChannels) {
    const channel = await getChannelById(server.db, inChannel);
    if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
    if (channel.deleteAt !== 0) {
      throw new AppError('api.user.view_archived_channels.get_users_in_channel.app_error', 'Unable to get users in an archived channel.', 403);
    }
  }

  let options: UserListOptions;
  if (withoutTeam) {
    if (!hasSystemPermission(server, session, 'list_users_without_team')) throw Errors.permission('list_users_without_team');
    options = { ...base, withoutTeam: true };
  } else if (notInChannel) {
    if (!(await hasChannelPermission(server, session, notInChannel, 'read_channel'))) throw Errors.permission('read_channel');
    options = { ...base, inTeam, notInChannel };
  } else if (notInTeam) {
    if (!(await hasTeamPermission(server, session, notInTeam, 'view_team'))) throw Errors.permission('view_team');
    options = { ...base, notInTeam };
  } else if (inTeam) {
    if (!(await hasTeamPermission(server, session, inTeam, 'view_team'))) throw Errors.permission('view_team');
    options = { ...base, inTeam, teamRoles, sort: sort === 'last_activity_at' || sort === 'create_at' ? sort : '' };
  } else if (inChannel) {
    if (!(await hasChannelPermission(server, session, inChannel, 'read_channel'))) throw Errors.permission('read_channel');
    options = { ...base, inChannel, channelRoles, sort: sort === 'status' || sort === 'admin' ? sort : '' };
  } else if (inGroup || notInGroup) {
    // No group exists on a Team Edition server without LDAP or custom groups.
    throw new AppError('app.group.no_rows', 'No matching group found.', 404);
  } else {
    options = base;
  }
  const rows = await listUsers(server.db, options);
  return ctx.json(200, toApiProfiles(rows, isAdminSession(server, session), server.config.get()) as never);
};
