/** Outgoing webhooks: management (Mattermost's api4/webhook.go, app/webhook.go). */
import type { OutgoingWebhookRow } from '../../db/schema';
import {
  deleteOutgoingWebhook,
  getOutgoingWebhook,
  insertOutgoingWebhook,
  listOutgoingWebhooks,
  updateOutgoingWebhook,
} from '../../db/queries/webhooks';
import { getChannelById } from '../../db/queries/channels';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_OTHERS_OUTGOING_WEBHOOKS, MANAGE_OWN_OUTGOING_WEBHOOKS } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { byteLength, invalidParam, isValidHttpUrl, loadUser } from '../integrations/common';
import { requireTeamPermissionFor } from '../channels/access';

export interface ApiOutgoingWebhook {
  id: string;
  token: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  creator_id: string;
  channel_id: string;
  team_id: string;
  trigger_words: string[];
  trigger_when: number;
  callback_urls: string[];
  display_name: string;
  description: string;
  content_type: string;
  username: string;
  icon_url: string;
}

export function toApiOutgoingWebhook(row: OutgoingWebhookRow): ApiOutgoingWebhook {
  return {
    id: row.id,
    token: row.token,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    creator_id: row.creatorId,
    channel_id: row.channelId,
    team_id: row.teamId,
    trigger_words: row.triggerWords ?? [],
    trigger_when: Number(row.triggerWhen) || 0,
    callback_urls: row.callbackUrls ?? [],
    display_name: row.displayName,
    description: row.description,
    content_type: row.contentType,
    username: row.username,
    icon_url: row.iconUrl,
  };
}

export interface OutgoingWebhookInput {
  id?: string;
  team_id?: string;
  channel_id?: string;
  creator_id?: string;
  trigger_words?: string[];
  trigger_when?: number;
  callback_urls?: string[];
  display_name?: string;
  description?: string;
  content_type?: string;
  username?: string;
  icon_url?: string;
}

function outgoingDisabled(status = 501): AppError {
  return new AppError('api.outgoing_webhook.disabled.app_error', 'Outgoing webhooks have been disabled by the system admin.', status);
}

function requireEnabled(server: ServerContext): void {
  if (!server.config.get().ServiceSettings.EnableOutgoingWebhooks) throw outgoingDisabled();
}

export async function loadOutgoingWebhook(server: ServerContext, id: string): Promise<OutgoingWebhookRow> {
  requireEnabled(server);
  const row = isValidId(id) ? await getOutgoingWebhook(server.db, id) : undefined;
  if (!row) throw new AppError('app.webhooks.get_outgoing.app_error', 'Unable to get the webhook.', 404);
  return row;
}

type Fields = Omit<ApiOutgoingWebhook, 'id' | 'token' | 'create_at' | 'update_at' | 'delete_at' | 'creator_id' | 'team_id'>;

function fieldsOf(input: OutgoingWebhookInput): Fields {
  return {
    channel_id: input.channel_id ?? '',
    trigger_words: input.trigger_words ?? [],
    trigger_when: input.trigger_when ?? 0,
    callback_urls: input.callback_urls ?? [],
    display_name: input.display_name ?? '',
    description: input.description ?? '',
    content_type: input.content_type ?? '',
    username: input.username ?? '',
    icon_url: input.icon_url ?? '',
  };
}

/** Mattermost's OutgoingWebhook.IsValid on the fields a client sets. */
function validate(f: Fields): void {
  const bad = (field: string) => new AppError(`model.outgoing_hook.is_valid.${field}.app_error`, `Invalid ${field.replace('_', ' ')}.`, 400);
  if (f.channel_id !== '' && !isValidId(f.channel_id)) throw bad('channel_id');
  if (byteLength(`[${f.trigger_words.join(' ')}]`) > 1024) throw bad('words');
  if (f.trigger_words.some((w) => w === '')) throw bad('trigger_words');
  if (f.callback_urls.length === 0 || byteLength(`[${f.callback_urls.join(' ')}]`) > 1024) throw bad('callback');
  if (f.callback_urls.some((u) => !isValidHttpUrl(u))) throw bad('url');
  if (byteLength(f.display_name) > 64) throw bad('display_name');
  if (byteLength(f.description) > 500) throw bad('description');
  if (byteLength(f.content_type) > 128) throw bad('content_type');
  if (f.trigger_when > 1 || f.trigger_when < 0) throw bad('content_type');
  if (byteLength(f.username) > 64) throw new AppError('model.outgoing_hook.username.app_error', 'Invalid username.', 400);
  if (byteLength(f.icon_url) > 1024) throw new AppError('model.outgoing_hook.icon_url.app_error', 'Invalid icon.', 400);
}

const intersects = (a: string[], b: string[]) => a.some((x) => b.includes(x));

/** A hook on a channel must be on an open channel of its team; a team-wide hook needs trigger words. */
async function checkTarget(server: ServerContext, teamId: string, f: Fields, forUpdate: boolean): Promise<void> {
  if (f.channel_id !== '') {
    const channel = isValidId(f.channel_id) ? await getChannelById(server.db, f.channel_id) : undefined;
    if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
    if (channel.type !== 'O') {
      if (forUpdate) throw new AppError('api.webhook.create_outgoing.not_open.app_error', 'Outgoing webhooks can only be created for public channels.', 403);
      throw outgoingDisabled(403);
    }
    if (channel.teamId !== teamId) {
      throw new AppError('api.webhook.create_outgoing.permissions.app_error', 'Inappropriate permissions to create outgoing webhook.', 403);
    }
  } else if (f.trigger_words.length === 0) {
    throw new AppError('api.webhook.create_outgoing.triggers.app_error', 'Either trigger_words or channel_id must be set.', forUpdate ? 500 : 400);
  }
}

export async function createOutgoing(server: ServerContext, session: Session, input: OutgoingWebhookInput): Promise<ApiOutgoingWebhook> {
  const teamId = input.team_id ?? '';
  await requireTeamPermissionFor(server, session, teamId, MANAGE_OWN_OUTGOING_WEBHOOKS);
  let creatorId = session.user_id;
  if (input.creator_id) {
    if (!(await hasTeamPermission(server, session, teamId, MANAGE_OTHERS_OUTGOING_WEBHOOKS))) throw Errors.permission(MANAGE_OTHERS_OUTGOING_WEBHOOKS);
    creatorId = (await loadUser(server, input.creator_id)).id;
  }
  requireEnabled(server);
  const f = fieldsOf(input);
  await checkTarget(server, teamId, f, false);
  for (const existing of await listOutgoingWebhooks(server.db, { teamId })) {
    if (existing.channelId === f.channel_id && intersects(existing.callbackUrls, f.callback_urls) && intersects(existing.triggerWords, f.trigger_words)) {
      throw new AppError('api.webhook.create_outgoing.intersect.app_error', 'Outgoing webhooks from the same channel cannot have the same trigger words/callback URLs.', 500);
    }
  }
  if (!isValidId(teamId)) throw new AppError('model.outgoing_hook.is_valid.team_id.app_error', 'Invalid team id.', 400);
  validate(f);
  const now = nowMillis();
  const row = await insertOutgoingWebhook(server.db, {
    id: newId(),
    token: newId(),
    createAt: now,
    updateAt: now,
    deleteAt: 0,
    creatorId,
    teamId,
    ...hookColumns(f),
  });
  return toApiOutgoingWebhook(row);
}

/** The stored columns an outgoing hook's editable fields map to (on create and on update). */
function hookColumns(f: Fields) {
  return {
    channelId: f.channel_id,
    triggerWords: f.trigger_words,
    triggerWhen: String(f.trigger_when),
    callbackUrls: f.callback_urls,
    displayName: f.display_name,
    description: f.description,
    contentType: f.content_type,
    username: f.username,
    iconUrl: f.icon_url,
  };
}

/** Manage own outgoing hooks in the hook's team, and manage others' when not the creator. */
export async function requireManageOutgoing(server: ServerContext, session: Session, hook: OutgoingWebhookRow): Promise<void> {
  if (!(await hasTeamPermission(server, session, hook.teamId, MANAGE_OWN_OUTGOING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_OUTGOING_WEBHOOKS);
  if (session.user_id !== hook.creatorId && !(await hasTeamPermission(server, session, hook.teamId, MANAGE_OTHERS_OUTGOING_WEBHOOKS))) {
    throw Errors.permission(MANAGE_OTHERS_OUTGOING_WEBHOOKS);
  }
}

export async function updateOutgoing(server: ServerContext, session: Session, hookId: string, input: OutgoingWebhookInput): Promise<ApiOutgoingWebhook> {
  if (input.id !== hookId) throw invalidParam('hook_id');
  const old = await loadOutgoingWebhook(server, hookId);
  const teamId = input.team_id || old.teamId;
  if (teamId !== old.teamId) throw new AppError('api.webhook.team_mismatch.app_error', 'Unable to update webhook across teams.', 400, `user_id=${session.user_id}`);
  await requireManageOutgoing(server, session, old);
  requireEnabled(server);
  const f = fieldsOf(input);
  await checkTarget(server, old.teamId, f, true);
  for (const existing of await listOutgoingWebhooks(server.db, { teamId: old.teamId })) {
    if (existing.id !== old.id && existing.channelId === f.channel_id && intersects(existing.callbackUrls, f.callback_urls) && intersects(existing.triggerWords, f.trigger_words)) {
      throw new AppError('api.webhook.update_outgoing.intersect.app_error', 'Outgoing webhooks from the same channel cannot have the same trigger words/callback URLs.', 400);
    }
  }
  validate(f);
  const row = await updateOutgoingWebhook(server.db, old.id, {
    ...hookColumns(f),
    updateAt: nowMillis(),
  });
  return toApiOutgoingWebhook(row!);
}

export async function regenOutgoingToken(server: ServerContext, hook: OutgoingWebhookRow): Promise<ApiOutgoingWebhook> {
  requireEnabled(server);
  const row = await updateOutgoingWebhook(server.db, hook.id, { token: newId(), updateAt: nowMillis() });
  return toApiOutgoingWebhook(row!);
}

export async function deleteOutgoing(server: ServerContext, hook: OutgoingWebhookRow): Promise<void> {
  requireEnabled(server);
  await deleteOutgoingWebhook(server.db, hook.id, nowMillis());
}

export async function listOutgoing(
  server: ServerContext,
  session: Session,
  q: { teamId: string; channelId: string; offset: number; limit: number },
): Promise<ApiOutgoingWebhook[]> {
  let creatorId: string | undefined = session.user_id;
  if (q.channelId) {
    if (!(await hasChannelPermission(server, session, q.channelId, MANAGE_OWN_OUTGOING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_OUTGOING_WEBHOOKS);
    if (await hasChannelPermission(server, session, q.channelId, MANAGE_OTHERS_OUTGOING_WEBHOOKS)) creatorId = undefined;
  } else if (q.teamId) {
    if (!(await hasTeamPermission(server, session, q.teamId, MANAGE_OWN_OUTGOING_WEBHOOKS))) throw Errors.permission(MANAGE_OWN_OUTGOING_WEBHOOKS);
    if (await hasTeamPermission(server, session, q.teamId, MANAGE_OTHERS_OUTGOING_WEBHOOKS)) creatorId = undefined;
  } else {
    if (!hasSystemPermission(server, session, MANAGE_OWN_OUTGOING_WEBHOOKS)) throw Errors.permission(MANAGE_OWN_OUTGOING_WEBHOOKS);
    if (hasSystemPermission(server, session, MANAGE_OTHERS_OUTGOING_WEBHOOKS)) creatorId = undefined;
  }
  requireEnabled(server);
  const rows = await listOutgoingWebhooks(server.db, {
    channelId: q.channelId || undefined,
    teamId: q.channelId ? undefined : q.teamId || undefined,
    creatorId,
    offset: q.offset,
    limit: q.limit,
  });
  return rows.map(toApiOutgoingWebhook);
}
