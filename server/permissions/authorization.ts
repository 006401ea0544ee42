/**
 * Permission resolution at system, team and channel scope, as Mattermost does it:
 * a channel permission is granted by the caller's channel roles, else by their roles in the
 * channel's team, else by their system roles; a team permission by team roles, else system.
 */
import type { Session } from '../../app/sessions/types';
import type { ChannelRow } from '../../db/schema';
import { getActiveTeamMember } from '../../db/queries/teams';
import { getChannelById, getChannelMember } from '../../db/queries/channels';
import type { ServerContext } from '../context';
import { Errors } from '../http/appError';
import { hasSystemPermission } from './check';
import { channelMemberRoleNames, teamMemberRoleNames } from './memberRoles';

export { hasSystemPermission, requireSystemPermission } from './check';

export async function hasTeamPermission(server: ServerContext, session: Session | null, teamId: string, permission: string): Promise<boolean> {
  if (!session || !teamId) return false;
  const member = await getActiveTeamMember(server.db, teamId, session.user_id);
  if (member && server.roles.hasPermission(teamMemberRoleNames(member), permission)) return true;
  return hasSystemPermission(server, session, permission);
}

export async function hasChannelPermission(
  server: ServerContext,
  session: Session | null,
  channel: ChannelRow | string,
  permission: string,
): Promise<boolean> {
  if (!session) return false;
  const row = typeof channel === 'string' ? await getChannelById(server.db, channel) : channel;
  if (!row) return false;
  const member = await getChannelMember(server.db, row.id, session.user_id);
  if (member && server.roles.hasPermission(channelMemberRoleNames(member), permission)) return true;
  if (row.teamId) return hasTeamPermission(server, session, row.teamId, permission);
  return hasSystemPermission(server, session, permission);
}

export async function requireTeamPermission(server: ServerContext, session: Session | null, teamId: string, permission: string): Promise<void> {
  if (!(await hasTeamPermission(server, session, teamId, permission))) throw Errors.permission(permission);
}

export async function requireChannelPermission(
  server: ServerContext,
  session: Session | null,
  channel: ChannelRow | string,
  permission: string,
): Promise<void> {
  if (!(await hasChannelPermission(server, session, channel, permission))) throw Errors.permission(permission);
}
