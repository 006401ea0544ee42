/** Custom slash commands: creation, changes and who may see them (Mattermost's api4/command.go, app/command.go). */
import { standInSession } from '../sessions/types';
import type { CommandRow } from '../../db/schema';
import { deleteCommand, getCommand, getCommandsForTeam, insertCommand, updateCommand } from '../../db/queries/commands';
import { getTeamById } from '../../db/queries/teams';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_OTHERS_SLASH_COMMANDS, MANAGE_OWN_SLASH_COMMANDS } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { byteLength, isValidHttpUrl, loadUser } from '../integrations/common';
import { requireTeamPermissionFor } from '../channels/access';
import { builtinTriggers } from './builtin';
import { toApiCommand, type ApiCommand } from './serialize';

export interface CommandInput {
  id?: string;
  team_id?: string;
  creator_id?: string;
  trigger?: string;
  method?: string;
  url?: string;
  username?: string;
  icon_url?: string;
  auto_complete?: boolean;
  auto_complete_desc?: string;
  auto_complete_hint?: string;
  display_name?: string;
  description?: string;
}

export function commandsDisabled(): AppError {
  return new AppError('api.command.disabled.app_error', 'Commands have been disabled by the system admin.', 501);
}

export function requireCommandsEnabled(server: ServerContext): void {
  if (!server.config.get().ServiceSettings.EnableCommands) throw commandsDisabled();
}

/** Mattermost's SetCommandNotFoundError: also what a caller without rights sees, so ids do not leak. */
export function commandNotFound(): AppError {
  return new AppError('store.sql_command.save.get.app_error', 'Unable to get the command.', 404);
}

export async function loadCommand(server: ServerContext, id: string): Promise<CommandRow> {
  requireCommandsEnabled(server);
  const row = isValidId(id) ? await getCommand(server.db, id) : undefined;
  if (!row) throw commandNotFound();
  return row;
}

type Fields = Required<Omit<CommandInput, 'id' | 'team_id' | 'creator_id'>>;

function fieldsOf(input: CommandInput): Fields {
  return {
    trigger: (input.trigger ?? '').toLowerCase(),
    method: input.method ?? '',
    url: input.url ?? '',
    username: input.username ?? '',
    icon_url: input.icon_url ?? '',
    auto_complete: input.auto_complete === true,
    auto_complete_desc: input.auto_complete_desc ?? '',
    auto_complete_hint: input.auto_complete_hint ?? '',
    display_name: input.display_name ?? '',
    description: input.description ?? '',
  };
}

function validate(f: Fields): void {
  const bad = (field: string, message: string) => new AppError(`model.command.is_valid.${field}.app_error`, message, 400);
  if (f.trigger.length < 1 || byteLength(f.trigger) > 128 || f.trigger.startsWith('/') || f.trigger.includes(' ')) throw bad('trigger', 'Invalid trigger.');
  if (f.url === '' || byteLength(f.url) > 1024) throw bad('url', 'Invalid url.');
  if (!isValidHttpUrl(f.url)) throw bad('url_http', 'Invalid URL. Must be a valid URL and start with http:// or https://.');
  if (f.method !== 'P' && f.method !== 'G') throw bad('method', 'Invalid method.');
  if (byteLength(f.display_name) > 64) throw bad('display_name', 'Invalid title.');
  if (byteLength(f.description) > 128) throw bad('description', 'Invalid description.');
}

async function checkTriggerUnique(server: ServerContext, teamId: string, trigger: string, excludeId = ''): Promise<void> {
  const duplicate = () => new AppError('api.command.duplicate_trigger.app_error', 'This trigger word is already in use. Please choose another word.', 400);
  if (builtinTriggers().includes(trigger)) throw duplicate();
  for (const cmd of await getCommandsForTeam(server.db, teamId)) {
    if (cmd.id !== excludeId && cmd.trigger.toLowerCase() === trigger) throw duplicate();
  }
}

export async function createCommand(server: ServerContext, session: Session, input: CommandInput): Promise<ApiCommand> {
  const teamId = input.team_id ?? '';
  await requireTeamPermissionFor(server, session, teamId, MANAGE_OWN_SLASH_COMMANDS);
  let creatorId = session.user_id;
  if (input.creator_id && input.creator_id !== creatorId) {
    if (!(await hasTeamPermission(server, session, teamId, MANAGE_OTHERS_SLASH_COMMANDS))) throw Errors.permission(MANAGE_OTHERS_SLASH_COMMANDS);
    creatorId = (await loadUser(server, input.creator_id)).id;
  }
  requireCommandsEnabled(server);
  const f = fieldsOf(input);
  await checkTriggerUnique(server, teamId, f.trigger);
  if (!isValidId(teamId)) throw new AppError('model.command.is_valid.team_id.app_error', 'Invalid team ID.', 400);
  validate(f);
  const now = nowMillis();
  const row = await insertCommand(server.db, { id: newId(), token: newId(), createAt: now, updateAt: now, deleteAt: 0, creatorId, teamId, pluginId: '', ...toColumns(f) });
  return toApiCommand(row);
}

function toColumns(f: Fields) {
  return {
    trigger: f.trigger,
    method: f.method,
    url: f.url,
    username: f.username,
    iconUrl: f.icon_url,
    autoComplete: f.auto_complete,
    autoCompleteDesc: f.auto_complete_desc,
    autoCompleteHint: f.auto_complete_hint,
    displayName: f.display_name,
    description: f.description,
  };
}

/** Manage own in the command's team (else it does not exist for the caller), manage others' when not the creator. */
export async function requireManageCommand(server: ServerContext, session: Session, cmd: CommandRow, hideOthers = false): Promise<void> {
  if (!(await hasTeamPermission(server, session, cmd.teamId, MANAGE_OWN_SLASH_COMMANDS))) throw commandNotFound();
  if (session.user_id !== cmd.creatorId && !(await hasTeamPermission(server, session, cmd.teamId, MANAGE_OTHERS_SLASH_COMMANDS))) {
    throw hideOthers ? commandNotFound() : Errors.permission(MANAGE_OTHERS_SLASH_COMMANDS);
  }
}

export async function updateCommandFrom(server: ServerContext, session: Session, id: string, input: CommandInput): Promise<ApiCommand> {
  const old = await loadCommand(server, id);
  if ((input.team_id ?? '') !== old.teamId) {
    throw new AppError('api.command.team_mismatch.app_error', 'Unable to update commands across teams.', 400, `user_id=${session.user_id}`);
  }
  await requireManageCommand(server, session, old);
  const f = fieldsOf(input);
  await checkTriggerUnique(server, old.teamId, f.trigger, old.id);
  validate(f);
  const row = await updateCommand(server.db, old.id, { ...toColumns(f), updateAt: nowMillis() });
  return toApiCommand(row!);
}

export async function moveCommand(server: ServerContext, session: Session, id: string, teamId: string): Promise<void> {
  const team = isValidId(teamId) ? await getTeamById(server.db, teamId) : undefined;
  if (!team) throw new AppError('app.team.get.find.app_error', 'Unable to find the existing team.', 404);
  if (!(await hasTeamPermission(server, session, team.id, MANAGE_OWN_SLASH_COMMANDS))) throw Errors.permission(MANAGE_OWN_SLASH_COMMANDS);
  const cmd = await loadCommand(server, id);
  await requireManageCommand(server, session, cmd);
  const creator = await loadUser(server, cmd.creatorId).catch(() => undefined);
  if (!creator || !(await hasTeamPermission(server, standInSession(creator), team.id, MANAGE_OWN_SLASH_COMMANDS))) {
    throw new AppError('api.command.move_command.creator_no_permission.app_error', "The command creator doesn't have permission to manage commands in the target team.", 400, `creator_id=${cmd.creatorId} team_id=${team.id}`);
  }
  await checkTriggerUnique(server, team.id, cmd.trigger, cmd.id);
  await updateCommand(server.db, cmd.id, { teamId: team.id, updateAt: nowMillis() });
}

export async function regenCommandToken(server: ServerContext, cmd: CommandRow): Promise<string> {
  requireCommandsEnabled(server);
  const token = newId();
  await updateCommand(server.db, cmd.id, { token, updateAt: nowMillis() });
  return token;
}

export async function removeCommand(server: ServerContext, cmd: CommandRow): Promise<void> {
  requireCommandsEnabled(server);
  await deleteCommand(server.db, cmd.id, nowMillis());
}
