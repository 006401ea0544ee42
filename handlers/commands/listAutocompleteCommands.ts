import type { Handler } from '../../server/http/handler';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';
import { listAutocompleteCommands as list } from '../../app/commands/autocomplete';
import { requireTeamId } from '../../app/channels/access';

export const listAutocompleteCommands: Handler<'ListAutocompleteCommands'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  return ctx.json(200, (await list(ctx.server, teamId)) as never);
};
