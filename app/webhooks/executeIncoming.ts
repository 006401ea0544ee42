/**
 * POST /hooks/{id} (Mattermost's HandleIncomingWebhook): a JSON body, or a form whose `payload`
 * field holds the JSON; text and/or attachments; the channel may be overridden by name
 * (`town-square`, `#town-square`) or by `@username` for a direct message from the hook's owner,
 * unless the hook is locked to its channel; username/icon overrides as the configuration allows.
 */
import { standInSession } from '../sessions/types';
import { getChannelByName } from '../../db/queries/channels';
import { getUserById, getUserByUsername } from '../../db/queries/users';
import type { ChannelRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { getOrCreateDirectChannel } from '../channels/direct';
import { createIntegrationPost } from '../integrations/integrationPost';
import { processSlackText } from '../integrations/slack';
import { userCanReadChannel } from '../integrations/common';
import { getIncomingWebhook } from '../../db/queries/webhooks';
import { getChannelById } from '../../db/queries/channels';

export interface IncomingWebhookRequest {
  text?: unknown;
  username?: unknown;
  icon_url?: unknown;
  icon_emoji?: unknown;
  channel?: unknown;
  props?: unknown;
  attachments?: unknown;
  type?: unknown;
  priority?: unknown;
}

function parseError(detail = ''): AppError {
  return new AppError('model.incoming_hook.parse_data.app_error', 'Unable to parse incoming data.', 400, detail);
}

/** Escapes raw newlines and tabs inside the string values Slack integrations often send unescaped. */
function escapeControlChars(raw: string): string {
  return raw.replace(/"(text|fallback|pretext|author_name|title|value)"\s*:\s*"(\\"|[^"])*"/gs, (m) => m.replace(/\n/g, '\\n').replace(/\t/g, '\\t'));
}

/** The request from the body the dispatcher parsed (JSON object, or a form with `payload`). */
export function readIncomingRequest(body: unknown): IncomingWebhookRequest {
  if (body === undefined || body === null) throw parseError();
  if (typeof body !== 'object' || Array.isArray(body)) throw parseError();
  const form = body as Record<string, unknown>;
  if (typeof form.payload === 'string' && Object.keys(form).length === 1) {
    try {
      return asRequest(JSON.parse(form.payload));
    } catch {
      try {
        return asRequest(JSON.parse(escapeControlChars(form.payload)));
      } catch (err) {
        throw parseError((err as Error).message);
      }
    }
  }
  return asRequest(body);
}

function asRequest(value: unknown): IncomingWebhookRequest {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw parseError();
  const req = value as IncomingWebhookRequest;
  for (const key of ['text', 'username', 'icon_url', 'icon_emoji', 'channel', 'type'] as const) {
    if (req[key] !== undefined && req[key] !== null && typeof req[key] !== 'string') throw parseError(`${key} must be a string`);
  }
  if (req.props !== undefined && req.props !== null && (typeof req.props !== 'object' || Array.isArray(req.props))) throw parseError('props must be an object');
  if (req.attachments !== undefined && req.attachments !== null && !Array.isArray(req.attachments)) throw parseError('attachments must be an array');
  return req;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export async function handleIncomingWebhook(server: ServerContext, hookId: string, req: IncomingWebhookRequest): Promise<void> {
  if (!server.config.get().ServiceSettings.EnableIncomingWebhooks) {
    throw new AppError('web.incoming_webhook.disabled.app_error', 'Incoming webhooks have been disabled by the system admin.', 501);
  }
  const text = str(req.text);
  if (text === '' && (req.attachments === undefined || req.attachments === null)) {
    throw new AppError('web.incoming_webhook.text.app_error', 'No text specified.', 400, '', { hook_id: hookId });
  }
  const hook = isValidId(hookId) ? await getIncomingWebhook(server.db, hookId) : undefined;
  if (!hook) throw new AppError('web.incoming_webhook.invalid.app_error', 'Invalid webhook.', 400, '', { hook_id: hookId });

  const channel = await targetChannel(server, hook, str(req.channel));
  if (hook.channelLocked && hook.channelId !== channel.id) {
    throw new AppError('web.incoming_webhook.channel_locked.app_error', 'This webhook is not permitted to post to the requested channel.', 403, '', {
      hook_id: hookId,
      channel_id: hook.channelId,
    });
  }
  const owner = await getUserById(server.db, hook.userId);
  if (!owner) throw new AppError('web.incoming_webhook.user.app_error', "Couldn't find the user.", 403, '', { hook_id: hookId });
  if (channel.type !== 'O' && !(await userCanReadChannel(server, owner, channel))) {
    throw new AppError('web.incoming_webhook.permissions.app_error', 'Inappropriate channel permissions.', 403, '', { hook_id: hookId });
  }
  const props: Record<string, unknown> = { ...((req.props as Record<string, unknown> | null) ?? {}), webhook_display_name: hook.displayName };
  await createIntegrationPost(server, {
    userId: hook.userId,
    channelId: channel.id,
    text: await processSlackText(server.db, text),
    overrideUsername: str(req.username) || hook.username,
    overrideIconUrl: str(req.icon_url) || hook.iconUrl,
    overrideIconEmoji: str(req.icon_emoji),
    props,
    attachments: req.attachments,
    type: str(req.type),
    priority: (req.priority as Record<string, unknown> | null | undefined) ?? null,
  });
}

async function targetChannel(server: ServerContext, hook: { userId: string; teamId: string; channelId: string }, name: string): Promise<ChannelRow> {
  if (name === '') {
    const channel = await getChannelById(server.db, hook.channelId);
    if (!channel) throw new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
    return channel;
  }
  if (name.startsWith('@')) {
    const other = await getUserByUsername(server.db, name.slice(1));
    if (!other) throw new AppError('web.incoming_webhook.user.app_error', "Couldn't find the user.", 400);
    const owner = await getUserById(server.db, hook.userId);
    if (!owner) throw new AppError('web.incoming_webhook.user.app_error', "Couldn't find the user.", 403);
    return getOrCreateDirectChannel(server, standInSession(owner), hook.userId, other.id);
  }
  const channel = await getChannelByName(server.db, hook.teamId, name.startsWith('#') ? name.slice(1) : name);
  if (!channel || channel.deleteAt !== 0) throw new AppError('web.incoming_webhook.channel.app_error', "Couldn't find the channel.", 404);
  return channel;
}
