import type { Handler } from '../../server/http/handler';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';
import { listAutocompleteCommands, suggestionsFor } from '../../app/commands/autocomplete';
import { requireTeamId } from '../../app/channels/access';
import { invalidParam } from '../../app/integrations/common';

/** GET /teams/{team_id}/commands/autocomplete_suggestions?user_input=/ec. */
export const listCommandAutocompleteSuggestions: Handler<'ListCommandAutocompleteSuggestions'> = async (ctx) => {
  const teamId = requireTeamId(ctx.params.team_id);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const input = (ctx.query as { user_input?: string }).user_input ?? '';
  if (input === '') throw invalidParam('userInput');
  const commands = await listAutocompleteCommands(ctx.server, teamId);
  return ctx.json(200, suggestionsFor(commands, input) as never);
};
