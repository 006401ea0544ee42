import type { Handler } from '../../server/http/handler';
import { toVisibleTeams } from '../../app/teams/visibleTeams';
import { parseBool, readPaging } from '../../app/teams/paging';
import { countTeams, listTeamsPage } from '../../db/queries/teamLists';
import { AppError, Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import {
  LIST_PRIVATE_TEAMS,
  LIST_PUBLIC_TEAMS,
  SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY,
} from '../../server/permissions/permissionIds';

/**
 * Mattermost's getAllTeams: list_public_teams sees the teams with open invites,
 * list_private_teams the others, both see all (archived teams included); one page, by
 * display name, with the total when include_total_count is set.
 */
export const getAllTeams: Handler<'GetAllTeams'> = async (ctx) => {
  const { server, session } = ctx;
  if (parseBool(ctx.query.exclude_policy_constrained) && !hasSystemPermission(server, session, SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY)) {
    throw Errors.permission(SYSCONSOLE_READ_COMPLIANCE_DATA_RETENTION_POLICY);
  }
  const listPrivate = hasSystemPermission(server, session, LIST_PRIVATE_TEAMS);
  const listPublic = hasSystemPermission(server, session, LIST_PUBLIC_TEAMS);
  if (!listPrivate && !listPublic) {
    throw new AppError('api.team.get_all_teams.insufficient_permissions', "You don't have the appropriate permissions to list all teams", 403);
  }
  const allowOpenInvite = listPrivate && listPublic ? undefined : listPublic;
  const { offset, perPage } = readPaging(ctx.query);
  const rows = await listTeamsPage(server.db, { offset, limit: perPage, allowOpenInvite });
  const visible = await toVisibleTeams(server, session, rows);
  if (parseBool(ctx.query.include_total_count)) {
    return ctx.json(200, { teams: visible, total_count: await countTeams(server.db, { allowOpenInvite }) });
  }
  return ctx.json(200, visible);
};
