/** Slash command shapes, as Mattermost's model.CommandArgs / CommandResponse. */
import type { ChannelRow, TeamRow, UserRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import type { Session } from '../sessions/types';

export interface CommandResponse {
  response_type?: string;
  text?: string;
  username?: string;
  channel_id?: string;
  icon_url?: string;
  type?: string;
  props?: Record<string, unknown> | null;
  goto_location?: string;
  trigger_id?: string;
  skip_slack_parsing?: boolean;
  attachments?: unknown[] | null;
  extra_responses?: CommandResponse[] | null;
}

export interface CommandArgs {
  userId: string;
  channelId: string;
  teamId: string;
  rootId: string;
  parentId: string;
  command: string;
  siteUrl: string;
  triggerId: string;
  session: Session;
}

/** What a built-in command receives: the caller, where it was run, and the text after the trigger. */
export interface BuiltinContext {
  server: ServerContext;
  args: CommandArgs;
  user: UserRow;
  channel: ChannelRow;
  team: TeamRow | undefined;
  message: string;
}

export interface BuiltinCommand {
  trigger: string;
  displayName: string;
  description: string;
  hint: string;
  /** False when the command is off (e.g. a setting disables it). */
  enabled?: (server: ServerContext) => boolean;
  run(ctx: BuiltinContext): Promise<CommandResponse>;
}

export const IN_CHANNEL = 'in_channel';
export const EPHEMERAL = 'ephemeral';

export function ephemeral(text: string, extra: Partial<CommandResponse> = {}): CommandResponse {
  return { response_type: EPHEMERAL, text, ...extra };
}
