import type { ServerContext } from '../context';
import type { Session } from '../../app/sessions/types';
import { hasChannelPermission } from '../permissions/authorization';
import { CREATE_POST } from '../permissions/permissionIds';
import { getStatusMap } from '../../db/queries/status';
import { expireDnd } from '../../app/status/status';
import { publishUserTyping } from '../../app/typing';
import { isValidId } from '../ids';
import { SERVER_HOSTNAME, SERVER_VERSION } from '../version';
import type { WebConn, WsErrorBody } from './connection';

export interface WsRequest {
  action: string;
  seq: number;
  data?: Record<string, unknown> | null;
}

type ActionResult = { data?: Record<string, unknown> } | { error: WsErrorBody };
type Action = (server: ServerContext, session: Session, conn: WebConn, data: Record<string, unknown>) => Promise<ActionResult> | ActionResult;

export function wsError(id: string, message: string, statusCode = 400): WsErrorBody {
  return { id, message, detailed_error: '', request_id: '', status_code: statusCode };
}

const invalidParam = (name: string) =>
  ({ error: wsError('api.websocket_handler.invalid_param.app_error', `Invalid ${name} parameter.`) }) as const;

const ok = (data?: Record<string, unknown>): ActionResult => (data ? { data } : {});

const ACTIONS: Record<string, Action> = {
  ping: () => ok({ text: 'pong', version: SERVER_VERSION, server_time: Date.now(), node_id: SERVER_HOSTNAME }),
  authentication_challenge: () => ok(),
  user_typing: userTyping,
  get_statuses: async (server) => {
    await expireDnd(server);
    return ok(await getStatusMap(server.db));
  },
  get_statuses_by_ids: async (server, _session, _conn, data) => {
    const ids = data.user_ids;
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && isValidId(id))) return invalidParam('user_ids');
    await expireDnd(server);
    return ok(await getStatusMap(server.db, ids as string[]));
  },
  presence: () => ok(),
  user_update_active_status: () => ok(),
  posted_notify_ack: () => ok(),
};

/** Runs one client action and answers it (seq_reply); unknown actions fail without closing. */
export async function runAction(server: ServerContext, session: Session, conn: WebConn, req: WsRequest): Promise<void> {
  conn.lastActivityAt = Date.now();
  const action = ACTIONS[req.action];
  if (!action) {
    conn.replyError(req.seq, wsError('api.web_socket_router.bad_action.app_error', `Unknown action ${String(req.action)}.`, 501));
    return;
  }
  const result = await action(server, session, conn, req.data ?? {});
  if ('error' in result) conn.replyError(req.seq, result.error);
  else conn.reply(req.seq, result.data);
}

/** Announces typing to the channel's other members, at most once per half typing interval. */
async function userTyping(server: ServerContext, session: Session, conn: WebConn, data: Record<string, unknown>): Promise<ActionResult> {
  const channelId = data.channel_id;
  const parentId = typeof data.parent_id === 'string' ? data.parent_id : '';
  if (typeof channelId !== 'string' || !isValidId(channelId)) return invalidParam('channel_id');
  if (!(await hasChannelPermission(server, session, channelId, CREATE_POST))) {
    return { error: wsError('api.context.permissions.app_error', 'You do not have the appropriate permissions.', 403) };
  }
  const key = `${channelId}:${parentId}`;
  const now = Date.now();
  const interval = server.config.get().ServiceSettings.TimeBetweenUserTypingUpdatesMilliseconds / 2;
  if (now - (conn.typingSentAt.get(key) ?? 0) >= interval) {
    conn.typingSentAt.set(key, now);
    publishUserTyping(server, session.user_id, channelId, parentId);
  }
  return ok();
}
