import type { Handler } from '../../server/http/handler';
import { paging } from '../../app/channels/access';
import { toChannelWithTeamData } from '../../app/channels/props';
import { defaultChannelNames } from '../../app/teams/membership';
import { countAllChannels, listAllChannels } from '../../db/queries/channelLists';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import {
  SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY,
  SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS,
} from '../../server/permissions/permissionIds';

/** GET /channels: every public and private channel, for the System Console. */
export const getAllChannels: Handler<'GetAllChannels'> = async (ctx) => {
  const { server, session, query } = ctx;
  const can = (p: string) => hasSystemPermission(server, session, p);
  const permissions = [SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS, SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS, SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY];
  if (!permissions.some(can)) throw Errors.permission(permissions.join(', '));
  if (query.exclude_policy_constrained === true && !can(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY)) {
    throw Errors.permission(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY);
  }
  const { offset, perPage } = paging(query);
  const filters = {
    includeDeleted: query.include_deleted === true,
    excludeNames: query.exclude_default_channels === true ? defaultChannelNames(server) : [],
  };
  const rows = await listAllChannels(server.db, { ...filters, offset, limit: perPage });
  const sanitize = !can(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY) && !can(SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS);
  const list = rows.map((r) => toChannelWithTeamData(r, sanitize));
  if (query.include_total_count === true) {
    return ctx.json(200, { channels: list, total_count: await countAllChannels(server.db, filters) });
  }
  return ctx.json(200, list);
};
