import type { Handler } from '../../server/http/handler';
import { isSessionGuest } from '../../app/channels/access';
import { toChannelWithTeamData } from '../../app/channels/props';
import { toApiChannel } from '../../app/channels/serialize';
import { defaultChannelNames } from '../../app/teams/membership';
import { autocompleteChannelsAcrossTeams, autocompleteChannelsInTeam, searchAllChannels as search } from '../../db/queries/channelLists';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasSystemPermission, requireTeamPermission } from '../../server/permissions/authorization';
import {
  SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY,
  SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS,
  VIEW_TEAM,
} from '../../server/permissions/permissionIds';

/**
 * POST /channels/search. From the System Console (the default): every public and private
 * channel matching, for those with the console permissions; paginated when page and per_page
 * are given. With system_console=false: the caller's own autocomplete (one team, or all theirs).
 */
export const searchAllChannels: Handler<'SearchAllChannels'> = async (ctx) => {
  const { server, session } = ctx;
  const body = ctx.body;
  const term = (body.term ?? '').trim();
  const teamIds = body.team_ids ?? [];

  if (ctx.query.system_console === false) {
    const guest = isSessionGuest(session);
    if (teamIds.length === 1 && isValidId(teamIds[0])) {
      await requireTeamPermission(server, session, teamIds[0], VIEW_TEAM);
      const rows = await autocompleteChannelsInTeam(server.db, teamIds[0], session.user_id, term, guest, {
        privateOnly: body.private === true,
        excludeGroupConstrained: body.exclude_group_constrained === true,
      });
      return ctx.json(200, rows.map(toApiChannel));
    }
    const rows = await autocompleteChannelsAcrossTeams(server.db, session.user_id, term, guest);
    return ctx.json(200, rows.map((r) => toChannelWithTeamData(r, false)));
  }

  const can = (p: string) => hasSystemPermission(server, session, p);
  if (body.exclude_policy_constrained === true && !can(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY)) {
    throw Errors.permission(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY);
  }
  if (![SYSCONSOLE_WRITE_USER_MANAGEMENT_GROUPS, SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS, SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY].some(can)) {
    throw Errors.permission(SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS);
  }
  const paginated = typeof body.page === 'number' && typeof body.per_page === 'number';
  const { rows, total } = await search(server.db, {
    term,
    teamIds,
    excludeNames: body.exclude_default_channels === true ? defaultChannelNames(server) : [],
    includeDeleted: ctx.query.include_deleted === true || (body as { include_deleted?: boolean }).include_deleted === true,
    deleted: body.deleted === true,
    public: body.public === true,
    private: body.private === true,
    groupConstrained: body.group_constrained === true,
    excludeGroupConstrained: body.exclude_group_constrained === true,
    includeSearchById: body.include_search_by_id === true,
    page: paginated ? Math.max(0, body.page as number) : undefined,
    perPage: paginated ? Math.max(0, body.per_page as number) : undefined,
  });
  const sanitize = !can(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY) && !can(SYSCONSOLE_READ_USER_MANAGEMENT_CHANNELS);
  const list = rows.map((r) => toChannelWithTeamData(r, sanitize));
  if (paginated) return ctx.json(200, { channels: list, total_count: total });
  return ctx.json(200, list);
};
