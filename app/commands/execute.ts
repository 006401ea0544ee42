/**
 * POST /commands/execute (Mattermost's executeCommand / ExecuteCommand): custom commands of the
 * team win over built-ins; a custom command is a request to its URL carrying Mattermost's
 * payload, a response URL (/hooks/commands/{id}) and a trigger id; the answer is applied by
 * handleCommandResponse.
 */
import type { ChannelRow } from '../../db/schema';
import { getChannelById, getChannelByName } from '../../db/queries/channels';
import { getActiveTeamMember, getTeamById } from '../../db/queries/teams';
import { getCommandsForTeam, insertCommandWebhook } from '../../db/queries/commands';
import { getUserById, getUserByUsername } from '../../db/queries/users';
import type { CommandRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission } from '../../server/permissions/authorization';
import { CREATE_POST } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { outboundRequest } from '../integrations/outbound';
import { generateTriggerId } from '../integrations/triggerId';
import { builtinCommand } from './builtin';
import { commandsDisabled } from './manage';
import { handleCommandResponse } from './response';
import type { CommandArgs, CommandResponse } from './types';

export interface ExecuteBody {
  command?: string;
  channel_id?: string;
  team_id?: string;
  root_id?: string;
  parent_id?: string;
}

const MAX_TRIGGER_SHOWN = 512;

function startError(): AppError {
  return new AppError('api.command.execute_command.start.app_error', 'No command trigger found.', 400);
}

export async function executeCommand(server: ServerContext, session: Session, body: ExecuteBody, siteUrl: string): Promise<CommandResponse> {
  const command = typeof body.command === 'string' ? body.command : '';
  if (command.length <= 1 || !command.startsWith('/') || !isValidId(body.channel_id)) throw startError();
  if (!(await hasChannelPermission(server, session, body.channel_id, CREATE_POST))) throw Errors.permission(CREATE_POST);
  const channel = (await getChannelById(server.db, body.channel_id))!;
  if (channel.deleteAt !== 0) throw new AppError('api.command.execute_command.deleted.error', 'Can not run command in deleted channel.', 400);
  let teamId = typeof body.team_id === 'string' ? body.team_id : '';
  if (channel.type !== 'D' && channel.type !== 'G') {
    teamId = channel.teamId;
  } else {
    const member = isValidId(teamId) ? await getActiveTeamMember(server.db, teamId, session.user_id) : undefined;
    if (!member && !hasSystemPermission(server, session, CREATE_POST)) throw Errors.permission(CREATE_POST);
  }
  const args: CommandArgs = {
    userId: session.user_id,
    channelId: channel.id,
    teamId,
    rootId: typeof body.root_id === 'string' ? body.root_id : '',
    parentId: typeof body.parent_id === 'string' ? body.parent_id : '',
    command,
    siteUrl,
    triggerId: '',
    session,
  };
  return runCommand(server, args, channel);
}

export async function runCommand(server: ServerContext, args: CommandArgs, channel: ChannelRow): Promise<CommandResponse> {
  const space = args.command.search(/\s/);
  const rawTrigger = (space === -1 ? args.command : args.command.slice(0, space)).toLowerCase();
  const message = space === -1 ? '' : args.command.slice(space + 1);
  if (!rawTrigger.startsWith('/')) {
    throw new AppError('api.command.execute_command.format.app_error', 'Command trigger is missing the leading slash character', 400, '', { Trigger: rawTrigger });
  }
  const trigger = rawTrigger.slice(1);
  const { clientTriggerId, triggerId } = await generateTriggerId(server, args.userId);
  args.triggerId = triggerId;

  if (!server.config.get().ServiceSettings.EnableCommands) throw commandsDisabled();
  const team = args.teamId ? await getTeamById(server.db, args.teamId) : undefined;
  if (!team) throw new AppError('app.team.get.find.app_error', 'Unable to find the existing team.', 404);
  const user = await getUserById(server.db, args.userId);
  if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
  const custom = (await getCommandsForTeam(server.db, team.id)).filter((c) => c.trigger === trigger).at(-1);
  if (custom) {
    const response = await requestCustomCommand(server, custom, args, { teamName: team.name, channelName: channel.name, username: user.username }, trigger, message);
    response.trigger_id = clientTriggerId;
    return handleCommandResponse(server, { username: custom.username, iconUrl: custom.iconUrl }, args, response, false);
  }
  const builtin = builtinCommand(server, trigger);
  if (builtin) {
    const response = await builtin.run({ server, args, user, channel, team, message });
    return handleCommandResponse(server, { username: '', iconUrl: '' }, args, response, true);
  }
  const shown = trigger.length > MAX_TRIGGER_SHOWN ? `${trigger.slice(0, MAX_TRIGGER_SHOWN)}...` : trigger;
  throw new AppError('api.command.execute_command.not_found.app_error', `Command with a trigger of '${shown}' not found. To send a message beginning with "/", try adding an empty space at the beginning of the message.`, 404, '', {
    Trigger: shown,
  });
}

/** @mentions of team members and ~mentions of open channels, as the extra fields Mattermost sends. */
async function mentionValues(server: ServerContext, teamId: string, text: string): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/\B@([a-z0-9][a-z0-9.\-_:]*)/gi)) {
    let name = m[1].toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    let user = await getUserByUsername(server.db, name);
    while (!user && /[.\-_]$/.test(name)) {
      name = name.slice(0, -1);
      user = await getUserByUsername(server.db, name);
    }
    if (user && (await getActiveTeamMember(server.db, teamId, user.id))) out.push(['user_mentions', name], ['user_mentions_ids', user.id]);
  }
  const channelsSeen = new Set<string>();
  for (const m of text.matchAll(/\B~([a-z0-9\-_]+)/gi)) {
    const name = m[1].toLowerCase();
    if (channelsSeen.has(name)) continue;
    channelsSeen.add(name);
    const ch = await getChannelByName(server.db, teamId, name);
    if (ch && ch.type === 'O' && ch.deleteAt === 0) out.push(['channel_mentions', name], ['channel_mentions_ids', ch.id]);
  }
  return out;
}

function failed(trigger: string, detail = ''): AppError {
  return new AppError('api.command.execute_command.failed.app_error', `Command with a trigger of '${trigger}' failed.`, 500, detail, { Trigger: trigger });
}

async function requestCustomCommand(
  server: ServerContext,
  cmd: CommandRow,
  args: CommandArgs,
  names: { teamName: string; channelName: string; username: string },
  trigger: string,
  message: string,
): Promise<CommandResponse> {
  const siteUrl = server.config.get().ServiceSettings.SiteURL.replace(/\/+$/, '');
  if (!siteUrl) {
    throw new AppError('api.command.execute_command.site_url_required.app_error', 'Site URL is required to execute custom slash commands. Please configure it in System Console.', 400);
  }
  const hook = await insertCommandWebhook(server.db, { id: newId(), createAt: nowMillis(), commandId: cmd.id, userId: args.userId, channelId: args.channelId, rootId: args.rootId, useCount: 0 });
  const p = new URLSearchParams();
  p.set('channel_id', args.channelId);
  p.set('channel_name', names.channelName);
  p.set('command', `/${trigger}`);
  p.set('response_url', `${siteUrl}/hooks/commands/${hook.id}`);
  p.set('root_id', args.rootId);
  p.set('team_domain', names.teamName);
  p.set('team_id', cmd.teamId);
  p.set('text', message);
  p.set('token', cmd.token);
  p.set('trigger_id', args.triggerId);
  p.set('user_id', args.userId);
  p.set('user_name', names.username);
  for (const [k, v] of await mentionValues(server, cmd.teamId, message)) p.append(k, v);

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (cmd.token) headers.Authorization = `Token ${cmd.token}`;
  let url = cmd.url;
  if (cmd.method === 'G') url += (url.includes('?') ? '&' : '?') + p.toString();
  else headers['Content-Type'] = 'application/x-www-form-urlencoded';
  let res;
  try {
    res = await outboundRequest(server, url, { method: cmd.method === 'G' ? 'GET' : 'POST', headers, body: cmd.method === 'G' ? undefined : p.toString() });
  } catch (err) {
    throw failed(cmd.trigger, (err as Error).message);
  }
  if (res.status !== 200) {
    throw new AppError('api.command.execute_command.failed_resp.app_error', `Command with a trigger of '${cmd.trigger}' returned response ${res.status}.`, 500, res.text, {
      Trigger: cmd.trigger,
      Status: String(res.status),
    });
  }
  return parseCommandResponse(res.contentType, res.text, cmd.trigger);
}

/** Mattermost's CommandResponseFromHTTPBody: JSON when the type says so, else the body is the text. */
export function parseCommandResponse(contentType: string, text: string, trigger: string): CommandResponse {
  if (contentType.split(';')[0].trim() !== 'application/json') return { text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw failed(trigger, (err as Error).message);
  }
  if (parsed === null) throw new AppError('api.command.execute_command.failed_empty.app_error', `Command with a trigger of '${trigger}' returned an empty response.`, 500, '', { Trigger: trigger });
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw failed(trigger, 'not an object');
  return stringifyFields(parsed as CommandResponse);
}

/** Attachment field values become strings (Mattermost's StringifySlackFieldValue). */
function stringifyFields(response: CommandResponse): CommandResponse {
  const fix = (atts: unknown) =>
    Array.isArray(atts)
      ? atts.map((a) =>
          a && typeof a === 'object' && Array.isArray((a as any).fields)
            ? { ...a, fields: (a as any).fields.map((f: any) => (f && typeof f === 'object' ? { ...f, value: typeof f.value === 'string' ? f.value : f.value == null ? '' : JSON.stringify(f.value) } : f)) }
            : a,
        )
      : atts;
  const out = { ...response, attachments: fix(response.attachments) as unknown[] | null | undefined };
  if (Array.isArray(out.extra_responses)) out.extra_responses = out.extra_responses.map((r) => (r && typeof r === 'object' ? { ...r, attachments: fix(r.attachments) as unknown[] | null } : r));
  return out;
}
