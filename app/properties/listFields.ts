/**
 * Listing fields (getPropertyFields): exactly one way of scoping — a channel or team
 * (hierarchical: that scope, its team, the system) or a target_type with its target_id — with
 * read access to the scope checked, then keyset paging.
 */
import { searchPropertyFields, type FieldSearch } from '../../db/queries/properties';
import { getChannelById } from '../../db/queries/channels';
import type { PropertyFieldRow, PropertyGroupRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL, VIEW_TEAM } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { channelNotFound } from '../channels/access';
import { isLicenceManaged, propertyLicenceError } from './groups';
import { parseListQuery } from './listQuery';
import { isOneOf, TARGET_TYPES } from './model';

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const fail = (suffix: string) => new AppError(`api.property_field.get.${suffix}.app_error`, 'Invalid property field search.', 400);

async function resolveScopes(server: ServerContext, session: Session, q: Record<string, unknown>, objectType: string): Promise<FieldSearch['scopes']> {
  let channelId = str(q.channel_id);
  let teamId = str(q.team_id);
  let targetType = str(q.target_type);
  let targetId = str(q.target_id);
  if (objectType === 'system') {
    channelId = teamId = targetId = '';
    targetType = 'system';
  }
  if ((channelId || teamId) && (targetType || targetId)) throw fail('scope_conflict');
  if (channelId) {
    if (!(await hasChannelPermission(server, session, channelId, READ_CHANNEL))) throw Errors.permission(READ_CHANNEL);
    const channel = await getChannelById(server.db, channelId);
    if (!channel) throw channelNotFound();
    const scopes: FieldSearch['scopes'] = [{ targetType: 'system', targetId: '' }, { targetType: 'channel', targetId: channel.id }];
    if (channel.teamId) scopes.push({ targetType: 'team', targetId: channel.teamId });
    return scopes;
  }
  if (teamId) {
    if (!(await hasTeamPermission(server, session, teamId, VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
    return [{ targetType: 'system', targetId: '' }, { targetType: 'team', targetId: teamId }];
  }
  if (targetType) {
    if (!isOneOf(TARGET_TYPES, targetType)) throw fail('invalid_target_type');
    if (targetType === 'system') return [{ targetType: 'system' }];
    if (!targetId) throw fail('target_id_required');
    const ok = targetType === 'channel'
      ? await hasChannelPermission(server, session, targetId, READ_CHANNEL)
      : await hasTeamPermission(server, session, targetId, VIEW_TEAM);
    if (!ok) throw Errors.permission(targetType === 'channel' ? READ_CHANNEL : VIEW_TEAM);
    return [{ targetType, targetId }];
  }
  if (targetId) throw fail('target_type_required');
  throw fail('scope_required');
}

export async function listFields(
  server: ServerContext,
  session: Session,
  group: PropertyGroupRow,
  objectType: string,
  q: Record<string, unknown>,
): Promise<PropertyFieldRow[]> {
  const list = parseListQuery(q, 'api.property_field.get.invalid_opts.app_error');
  const scopes = await resolveScopes(server, session, q, objectType);
  const fields = await searchPropertyFields(server.db, { groupId: group.id, objectType, scopes, since: list.since, cursor: list.cursor, limit: list.limit });
  if (fields.length > 0 && isLicenceManaged(group)) throw propertyLicenceError();
  return fields;
}
