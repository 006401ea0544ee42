/** Incoming webhooks: who may manage them and how they are stored (Mattermost's api4/webhook.go, app/webhook.go). */
import type { IncomingWebhookRow } from '../../db/schema';
import {
  countIncomingWebhooks,
  deleteIncomingWebhook,
  getIncomingWebhook,
  insertIncomingWebhook,
  listIncomingWebhooks,
  updateIncomingWebhook,
} from '../../db/queries/webhooks';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import {
  BYPASS_INCOMING_WEBHOOK_CHANNEL_LOCK,
  MANAGE_OTHERS_INCOMING_WEBHOOKS,
  MANAGE_OWN_INCOMING_WEBHOOKS,
  READ_CHANNEL_CONTENT,
} from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { isValidUsername } from '../users/validate';
import { byteLength, canReadChannel, invalidParam, loadChannel, loadUser } from '../integrations/common';

export interface ApiIncomingWebhook {
  id: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  user_id: string;
  channel_id: string;
  team_id: string;
  display_name: string;
  description: string;
  username: string;
  icon_url: string;
  channel_locked: boolean;
}

export function toApiIncomingWebhook(row: IncomingWebhookRow): ApiIncomingWebhook {
  return {
    id: row.id,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    user_id: row.userId,
    channel_id: row.channelId,
    team_id: row.teamId,
    display_name: row.displayName,
    description: row.description,
    username: row.username,
    icon_url: row.iconUrl,
    channel_locked: row.channelLocked,
  };
}

export interface IncomingWebhookInput {
  id?: string;
  channel_id?: string;
  team_id?: string;
  user_id?: string;
  display_name?: string;
  description?: string;
  username?: string;
  icon_url?: string;
  channel_locked?: boolean;
}

function incomingDisabled(): AppError {
  return new AppError('api.incoming_webhook.disabled.app_error', 'Incoming webhooks have been disabled by the system admin.', 501);
}

function requireEnabled(server: ServerContext): void {
  if (!server.config.get().ServiceSettings.EnableIncomingWebhooks) throw incomingDisabled();
}

/** Mattermost's GetIncomingWebhook: 501 when disabled, 404 when unknown or deleted. */
export async function loadIncomingWebhook(server: ServerContext, id: string): Promise<IncomingWebhookRow> {
  requireEnabled(server);
  const row = isValidId(id) ? await getIncomingWebhook(server.db, id) : undefined;
  if (!row) throw new AppError('app.webhooks.get_incoming.app_error', 'Unable to get the webhook.', 404);
  return row;
}

function validate(h: { displayName: string; description: string; username: string; iconUrl: string }): void {
  const bad = (field: string, message: string) => new AppError(`model.incoming_hook.${field}.app_error`, message, 400);
  if (byteLength(h.displayName) > 64) throw bad('display_name', 'Invalid title.');
  if (byteLength(h.description) > 500) throw bad('description', 'Invalid description.');
  if (byteLength(h.username) > 64) throw bad('username', 'Invalid username.');
  if (byteLength(h.iconUrl) > 1024) throw bad('icon_url', 'Invalid icon.');
  if (h.username !== '' && !isValidUsername(h.username)) {
    throw new AppError('api.incoming_webhook.invalid_username.app_error', 'Invalid username.', 400);
  }
}

export async function createIncomingWebhook(server: ServerContext, session: Session, input: IncomingWebhookInput): Promise<ApiIncomingWebhook> {
  const channel = await loadChannel(server, input.channel_id);
  if (!(await hasTeamPermission(server, session, channel.teamId, MANAGE_OWN_INCOMING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_INCOMING_WEBHOOKS);
  if (!(await canReadChannel(server, session, channel))) throw Errors.permission(READ_CHANNEL_CONTENT);
  let userId = session.user_id;
  if (input.user_id && input.user_id !== userId) {
    if (!(await hasTeamPermission(server, session, channel.teamId, MANAGE_OTHERS_INCOMING_WEBHOOKS))) throw Errors.permission(MANAGE_OTHERS_INCOMING_WEBHOOKS);
    userId = (await loadUser(server, input.user_id)).id;
  }
  let locked = input.channel_locked === true;
  if (!(await hasTeamPermission(server, session, channel.teamId, BYPASS_INCOMING_WEBHOOK_CHANNEL_LOCK))) locked = true;
  requireEnabled(server);
  const settings = server.config.get().ServiceSettings;
  const now = nowMillis();
  const fields = {
    displayName: input.display_name ?? '',
    description: input.description ?? '',
    username: settings.EnablePostUsernameOverride ? (input.username ?? '') : '',
    iconUrl: settings.EnablePostIconOverride ? (input.icon_url ?? '') : '',
  };
  validate(fields);
  const row = await insertIncomingWebhook(server.db, {
    id: newId(),
    createAt: now,
    updateAt: now,
    deleteAt: 0,
    userId,
    channelId: channel.id,
    teamId: channel.teamId,
    channelLocked: locked,
    ...fields,
  });
  return toApiIncomingWebhook(row);
}

/** Mattermost's checks before showing or deleting a hook: manage own in its team, the channel if private, others' hooks. */
export async function requireManageIncoming(server: ServerContext, session: Session, hook: IncomingWebhookRow): Promise<void> {
  const channel = await loadChannel(server, hook.channelId);
  const restricted = channel.type !== 'O' && !(await canReadChannel(server, session, channel));
  if (restricted || !(await hasTeamPermission(server, session, hook.teamId, MANAGE_OWN_INCOMING_WEBHOOKS))) {
    throw Errors.permission(MANAGE_OWN_INCOMING_WEBHOOKS);
  }
  if (session.user_id !== hook.userId && !(await hasTeamPermission(server, session, hook.teamId, MANAGE_OTHERS_INCOMING_WEBHOOKS))) {
    throw Errors.permission(MANAGE_OTHERS_INCOMING_WEBHOOKS);
  }
}

export async function updateIncoming(server: ServerContext, session: Session, hookId: string, input: IncomingWebhookInput): Promise<ApiIncomingWebhook> {
  if (input.id !== hookId) throw invalidParam('hook_id');
  const old = await loadIncomingWebhook(server, hookId);
  const teamId = input.team_id || old.teamId;
  if (teamId !== old.teamId) throw new AppError('api.webhook.team_mismatch.app_error', 'Unable to update webhook across teams.', 400, `user_id=${session.user_id}`);
  const channel = await loadChannel(server, input.channel_id);
  if (channel.teamId !== teamId) throw invalidParam('channel_id');
  if (!(await hasTeamPermission(server, session, channel.teamId, MANAGE_OWN_INCOMING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_INCOMING_WEBHOOKS);
  if (session.user_id !== old.userId && !(await hasTeamPermission(server, session, channel.teamId, MANAGE_OTHERS_INCOMING_WEBHOOKS))) {
    throw Errors.permission(MANAGE_OTHERS_INCOMING_WEBHOOKS);
  }
  if (channel.type !== 'O' && !(await canReadChannel(server, session, channel))) throw Errors.permission(READ_CHANNEL_CONTENT);
  let locked = input.channel_locked === true;
  if (!(await hasTeamPermission(server, session, channel.teamId, BYPASS_INCOMING_WEBHOOK_CHANNEL_LOCK))) locked = true;
  requireEnabled(server);
  const settings = server.config.get().ServiceSettings;
  const fields = {
    displayName: input.display_name ?? '',
    description: input.description ?? '',
    username: settings.EnablePostUsernameOverride ? (input.username ?? '') : old.username,
    iconUrl: settings.EnablePostIconOverride ? (input.icon_url ?? '') : old.iconUrl,
  };
  validate(fields);
  const row = await updateIncomingWebhook(server.db, old.id, { ...fields, channelId: channel.id, channelLocked: locked, updateAt: nowMillis() });
  return toApiIncomingWebhook(row!);
}

export async function deleteIncoming(server: ServerContext, hook: IncomingWebhookRow): Promise<void> {
  requireEnabled(server);
  await deleteIncomingWebhook(server.db, hook.id, nowMillis());
}

/**
 * The hooks a session may list: of one team (manage own there; everyone's with manage others)
 * or of every team (the same permissions system-wide).
 */
export async function listIncoming(
  server: ServerContext,
  session: Session,
  q: { teamId: string; offset: number; limit: number; withCount: boolean },
): Promise<{ hooks: ApiIncomingWebhook[]; total?: number }> {
  let userId: string | undefined = session.user_id;
  if (q.teamId) {
    if (!(await hasTeamPermission(server, session, q.teamId, MANAGE_OWN_INCOMING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_INCOMING_WEBHOOKS);
    if (await hasTeamPermission(server, session, q.teamId, MANAGE_OTHERS_INCOMING_WEBHOOKS)) userId = undefined;
  } else {
    if (!hasSystemPermission(server, session, MANAGE_OWN_INCOMING_WEBHOOKS)) throw Errors.permission(MANAGE_OWN_INCOMING_WEBHOOKS);
    if (hasSystemPermission(server, session, MANAGE_OTHERS_INCOMING_WEBHOOKS)) userId = undefined;
  }
  requireEnabled(server);
  const filter = { teamId: q.teamId || undefined, userId };
  const rows = await listIncomingWebhooks(server.db, { ...filter, offset: q.offset, limit: q.limit });
  const hooks = rows.map(toApiIncomingWebhook);
  return q.withCount ? { hooks, total: await countIncomingWebhooks(server.db, filter) } : { hooks };
}
