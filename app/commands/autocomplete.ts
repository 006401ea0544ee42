/** Commands offered for autocompletion and the suggestions for what a user typed (Mattermost's ListAutocompleteCommands / GetSuggestions). */
import { getCommandsForTeam } from '../../db/queries/commands';
import type { ServerContext } from '../../server/context';
import { enabledBuiltins } from './builtin';
import { sanitizeCommand, toApiCommand, type ApiCommand } from './serialize';
import type { BuiltinCommand } from './types';

function builtinAsCommand(b: BuiltinCommand): ApiCommand {
  return sanitizeCommand({
    id: '',
    token: '',
    create_at: 0,
    update_at: 0,
    delete_at: 0,
    creator_id: '',
    team_id: '',
    trigger: b.trigger,
    method: '',
    username: '',
    icon_url: '',
    auto_complete: true,
    auto_complete_desc: b.description,
    auto_complete_hint: b.hint,
    display_name: b.displayName,
    description: '',
    url: '',
    plugin_id: '',
  });
}

/** Autocompleting commands of the team (sanitized) then built-ins, one per trigger. */
export async function listAutocompleteCommands(server: ServerContext, teamId: string): Promise<ApiCommand[]> {
  const seen = new Set<string>();
  const out: ApiCommand[] = [];
  if (!server.config.get().TeamSettings.EnableCustomUserStatuses) seen.add('status');
  if (server.config.get().ServiceSettings.EnableCommands) {
    for (const row of await getCommandsForTeam(server.db, teamId)) {
      if (row.autoComplete && !seen.has(row.trigger)) {
        seen.add(row.trigger);
        out.push(sanitizeCommand(toApiCommand(row)));
      }
    }
  }
  for (const b of enabledBuiltins(server)) {
    if (!seen.has(b.trigger)) {
      seen.add(b.trigger);
      out.push(builtinAsCommand(b));
    }
  }
  return out;
}

/**
 * Every command of the team for one who manages commands: built-ins (sanitized), then custom
 * commands (sanitized; only the caller's when `creatorId` is given).
 */
export async function listAllCommands(server: ServerContext, teamId: string, creatorId?: string): Promise<ApiCommand[]> {
  const seen = new Set<string>();
  const out: ApiCommand[] = [];
  for (const b of enabledBuiltins(server)) {
    seen.add(b.trigger);
    out.push(builtinAsCommand(b));
  }
  if (server.config.get().ServiceSettings.EnableCommands) {
    for (const row of await getCommandsForTeam(server.db, teamId)) {
      if (seen.has(row.trigger) || (creatorId && row.creatorId !== creatorId)) continue;
      seen.add(row.trigger);
      out.push(sanitizeCommand(toApiCommand(row)));
    }
  }
  return out;
}

export interface AutocompleteSuggestion {
  Complete: string;
  Suggestion: string;
  Hint: string;
  Description: string;
  IconData: string;
}

/** Commands whose trigger starts with what was typed (without the slash), sorted by trigger. */
export function suggestionsFor(commands: ApiCommand[], userInput: string): AutocompleteSuggestion[] {
  const input = userInput.replace(/^\//, '').toLowerCase();
  if (/\s/.test(input)) return [];
  return [...commands]
    .sort((a, b) => a.trigger.toLowerCase().localeCompare(b.trigger.toLowerCase()))
    .filter((c) => c.trigger.toLowerCase().startsWith(input))
    .map((c) => ({ Complete: c.trigger, Suggestion: `/${c.trigger}`, Hint: c.auto_complete_hint, Description: c.auto_complete_desc, IconData: '' }));
}
