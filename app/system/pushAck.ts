/**
 * POST /notifications/ack: a device confirms it received a push notification, and the server
 * passes the ack on to the push proxy (EmailSettings.PushNotificationServer + /api/v1/ack).
 * With push notifications off, or no push proxy configured to send them through, there is
 * nothing to acknowledge (Mattermost's 501 for disabled push notifications).
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';

export interface PushAck {
  id: string;
  platform: string;
  server_id?: string;
  type: string;
  post_id: string;
  is_id_loaded: boolean;
  received_at: number;
}

const parseError = () => new AppError('api.push_notifications_ack.message.parse.app_error', 'There was an error parsing the push notification ack message.', 400);

const FIELDS: Record<string, 'string' | 'boolean' | 'number'> = {
  id: 'string', platform: 'string', server_id: 'string', type: 'string', post_id: 'string', is_id_loaded: 'boolean', received_at: 'number',
};

/** The body as Mattermost's PushNotificationAck decodes it (a wrong type is a decode error). */
export function parsePushAck(body: unknown): PushAck {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw parseError();
  const b = body as Record<string, unknown>;
  for (const [key, type] of Object.entries(FIELDS)) {
    if (b[key] !== undefined && b[key] !== null && typeof b[key] !== type) throw parseError();
  }
  if (b.received_at !== undefined && b.received_at !== null && !Number.isSafeInteger(b.received_at)) throw parseError();
  return {
    id: (b.id as string) ?? '',
    platform: (b.platform as string) ?? '',
    server_id: b.server_id as string | undefined,
    type: (b.type as string) ?? '',
    post_id: (b.post_id as string) ?? '',
    is_id_loaded: (b.is_id_loaded as boolean) ?? false,
    received_at: (b.received_at as number) ?? 0,
  };
}

export async function acknowledgePush(server: ServerContext, ack: PushAck): Promise<void> {
  const email = server.config.get().EmailSettings;
  if (!email.SendPushNotifications || !email.PushNotificationServer) {
    throw new AppError('api.push_notification.disabled.app_error', 'Push notifications are disabled on this server.', 501);
  }
  const target = `${email.PushNotificationServer.replace(/\/+$/, '')}/api/v1/ack`;
  let status = 0;
  try {
    const res = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...ack, server_id: server.diagnosticId }),
      signal: AbortSignal.timeout(30_000),
    });
    status = res.status;
    await res.body?.cancel();
  } catch (err) {
    throw forwardFailed((err as Error)?.message ?? String(err));
  }
  if (status < 200 || status > 299) throw forwardFailed(`push proxy answered ${status}`);
}

// Mattermost answers 500; the push proxy, not this server, failed, so 502.
const forwardFailed = (detail: string) =>
  new AppError('api.push_notifications_ack.forward.app_error', 'An error occurred sending the receipt delivery to the push notification service.', 502, detail);
