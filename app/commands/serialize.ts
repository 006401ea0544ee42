import type { CommandRow } from '../../db/schema';

export interface ApiCommand {
  id: string;
  token: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  creator_id: string;
  team_id: string;
  trigger: string;
  method: string;
  username: string;
  icon_url: string;
  auto_complete: boolean;
  auto_complete_desc: string;
  auto_complete_hint: string;
  display_name: string;
  description: string;
  url: string;
  plugin_id: string;
}

export function toApiCommand(row: CommandRow): ApiCommand {
  return {
    id: row.id,
    token: row.token,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    creator_id: row.creatorId,
    team_id: row.teamId,
    trigger: row.trigger,
    method: row.method,
    username: row.username,
    icon_url: row.iconUrl,
    auto_complete: row.autoComplete,
    auto_complete_desc: row.autoCompleteDesc,
    auto_complete_hint: row.autoCompleteHint,
    display_name: row.displayName,
    description: row.description,
    url: row.url,
    plugin_id: row.pluginId,
  };
}

/** Mattermost's Command.Sanitize: what anyone on the team may see of a command. */
export function sanitizeCommand(cmd: ApiCommand): ApiCommand {
  return { ...cmd, token: '', creator_id: '', method: '', url: '', username: '', icon_url: '' };
}
