import type { Handler } from '../../server/http/handler';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_OTHERS_SLASH_COMMANDS, MANAGE_OWN_SLASH_COMMANDS, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { Errors } from '../../server/http/appError';
import { getCommandsForTeam } from '../../db/queries/commands';
import { listAllCommands, listAutocompleteCommands } from '../../app/commands/autocomplete';
import { requireCommandsEnabled } from '../../app/commands/manage';
import { toApiCommand } from '../../app/commands/serialize';
import { invalidParam } from '../../app/integrations/common';

/**
 * GET /commands?team_id=: without manage rights, the autocomplete commands; with them, built-ins
 * and custom commands (sanitized); custom_only=true lists the custom commands in full (the
 * caller's own, or everyone's with manage_others_slash_commands).
 */
export const listCommands: Handler<'ListCommands'> = async (ctx) => {
  const { server, session } = ctx;
  const teamId = ctx.query.team_id ?? '';
  if (!teamId) throw invalidParam('team_id');
  if (!(await hasTeamPermission(server, session, teamId, VIEW_TEAM))) throw Errors.permission(VIEW_TEAM);
  const canManage = await hasTeamPermission(server, session, teamId, MANAGE_OWN_SLASH_COMMANDS);
  const creatorFilter = (await hasTeamPermission(server, session, teamId, MANAGE_OTHERS_SLASH_COMMANDS)) ? undefined : session.user_id;
  if (ctx.query.custom_only === true) {
    if (!canManage) throw Errors.permission(MANAGE_OWN_SLASH_COMMANDS);
    requireCommandsEnabled(server);
    const rows = (await getCommandsForTeam(server.db, teamId)).filter((c) => !creatorFilter || c.creatorId === creatorFilter);
    return ctx.json(200, rows.map(toApiCommand) as never);
  }
  const commands = canManage ? await listAllCommands(server, teamId, creatorFilter) : await listAutocompleteCommands(server, teamId);
  return ctx.json(200, commands as never);
};
