import type { Handler } from '../../server/http/handler';
import type { TeamRow } from '../../db/schema';
import { toVisibleTeams } from '../../app/teams/visibleTeams';
import { countSearchTeams, searchTeams as searchTeamRows, type TeamSearchOptions } from '../../db/queries/teamLists';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import {
  LIST_PRIVATE_TEAMS,
  LIST_PUBLIC_TEAMS,
  SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY,
} from '../../server/permissions/permissionIds';

const notPaginated = (kind: 'private' | 'public') =>
  new AppError(`api.team.search_teams.pagination_not_implemented.${kind}_team_search`, `Pagination is not implemented for ${kind}-only team searches.`, 501);

/**
 * Mattermost's searchTeams: both list permissions search every team (paged when page and
 * per_page are given, with the total); one of them searches only the teams of its kind and
 * refuses paging; neither finds nothing.
 */
export const searchTeams: Handler<'SearchTeams'> = async (ctx) => {
  const { server, session } = ctx;
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  if (body.exclude_policy_constrained !== undefined && !hasSystemPermission(server, session, SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY)) {
    throw Errors.permission(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY);
  }
  const page = typeof body.page === 'number' ? body.page : undefined;
  const perPage = typeof body.per_page === 'number' ? body.per_page : undefined;
  const opts: TeamSearchOptions = {
    term: typeof body.term === 'string' ? body.term : '',
    allowOpenInvite: typeof body.allow_open_invite === 'boolean' ? body.allow_open_invite : undefined,
    groupConstrained: typeof body.group_constrained === 'boolean' ? body.group_constrained : undefined,
  };
  const listPrivate = hasSystemPermission(server, session, LIST_PRIVATE_TEAMS);
  const listPublic = hasSystemPermission(server, session, LIST_PUBLIC_TEAMS);
  const paged = page !== undefined && perPage !== undefined;
  let rows: TeamRow[];
  let total = 0;
  if (listPrivate && listPublic) {
    rows = await searchTeamRows(server.db, paged ? { ...opts, page, perPage } : opts);
    total = paged ? await countSearchTeams(server.db, opts) : rows.length;
  } else if (listPrivate || listPublic) {
    if (page !== undefined || perPage !== undefined) throw notPaginated(listPrivate ? 'private' : 'public');
    rows = await searchTeamRows(server.db, { ...opts, teamType: 'O', allowOpenInvite: listPublic });
  } else {
    rows = [];
  }
  const visible = await toVisibleTeams(server, session, rows);
  if (paged) return ctx.json(200, { teams: visible, total_count: total });
  return ctx.json(200, visible);
};
