import type { IncomingMessage } from 'node:http';
import type { RawData, WebSocket } from 'ws';
import type { ServerContext } from '../context';
import type { Session } from '../../app/sessions/types';
import { SESSION_COOKIE } from '../auth/token';
import { SERVER_HOSTNAME, VERSION_ID } from '../version';
import { runAction, wsError, type WsRequest } from './actions';
import { WebConn } from './connection';
import type { Hub } from './hub';

export interface SocketOptions {
  /** Sockets that have not authenticated by then are closed. */
  authTimeoutMs: number;
}

const AUTH_HEADER = /^(bearer|token)\s+(\S+)\s*$/i;
/** Actions a client sends by itself (keep-alive, polling): they are not user activity. */
const PASSIVE_ACTIONS = new Set(['ping', 'get_statuses', 'get_statuses_by_ids', 'posted_notify_ack', 'authentication_challenge']);

function tokenFromUpgrade(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  const m = header ? AUTH_HEADER.exec(header) : null;
  if (m) return m[2];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE && rest.length) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * One socket's life: authenticate (upgrade headers or authentication_challenge), then either
 * resume the connection it names (replaying missed events, no hello) or start a new one with
 * a hello; route its actions; on close keep the connection resumable.
 */
export function handleSocket(server: ServerContext, hub: Hub, socket: WebSocket, req: IncomingMessage, opts: SocketOptions): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const resumeId = url.searchParams.get('connection_id') ?? '';
  const resumeSeq = Number(url.searchParams.get('sequence_number') ?? '0');
  let session: Session | null = null;
  let conn: WebConn | null = null;
  const authTimer = setTimeout(() => {
    if (!session) socket.close(4003, 'authentication timeout');
  }, opts.authTimeoutMs);

  const start = (s: Session) => {
    session = s;
    clearTimeout(authTimer);
    conn = resumeOrCreate(hub, s, socket, resumeId, resumeSeq);
    void hub.presence.connected(s.user_id).catch((err: unknown) => console.error('presence failed', err));
  };

  const headerToken = tokenFromUpgrade(req);
  const ready = headerToken ? server.sessions.resolve(headerToken).then((s) => s && start(s)) : Promise.resolve();

  socket.on('message', (raw: RawData) => {
    void ready.then(() => onMessage(raw)).catch((err: unknown) => console.error('websocket action failed', err));
  });
  socket.on('close', () => {
    clearTimeout(authTimer);
    conn?.detach(socket);
    if (session) hub.presence.disconnected(session.user_id);
  });
  socket.on('error', () => socket.terminate());

  async function onMessage(raw: RawData): Promise<void> {
    let req: WsRequest;
    try {
      req = JSON.parse(raw.toString()) as WsRequest;
    } catch {
      return;
    }
    if (typeof req !== 'object' || req === null) return;
    if (!session || !conn) {
      await authenticate(req);
      return;
    }
    const inactive = req.action === 'user_update_active_status' && req.data?.user_is_active === false;
    if (!PASSIVE_ACTIONS.has(req.action) && !inactive) await hub.presence.active(session.user_id);
    await runAction(server, session, conn, req);
  }

  async function authenticate(req: WsRequest): Promise<void> {
    const reply = (body: object) => socket.send(JSON.stringify({ seq_reply: req.seq, ...body }));
    if (req.action !== 'authentication_challenge') {
      reply({ status: 'FAIL', error: wsError('api.web_socket_router.not_authenticated.app_error', 'The connection is not authenticated.', 401) });
      return;
    }
    const token = typeof req.data?.token === 'string' ? req.data.token : '';
    const s = token ? await server.sessions.resolve(token) : null;
    if (!s) {
      reply({ status: 'FAIL', error: wsError('api.web_socket_router.bad_token.app_error', 'Invalid or expired session token.', 401) });
      return;
    }
    reply({ status: 'OK' });
    start(s);
  }
}

function resumeOrCreate(hub: Hub, session: Session, socket: WebSocket, resumeId: string, resumeSeq: number): WebConn {
  const previous = resumeId ? hub.find(resumeId) : undefined;
  if (previous && previous.userId === session.user_id && previous.sessionToken === session.token) {
    if (previous.live) previous.close(4002, 'resumed elsewhere');
    previous.attach(socket);
    if (previous.resumeFrom(resumeSeq)) return previous;
    previous.detach();
    hub.remove(previous);
  }
  const conn = new WebConn(session.user_id, session.token);
  conn.attach(socket);
  hub.register(conn);
  conn.sendEvent({
    event: 'hello',
    data: { connection_id: conn.id, server_version: VERSION_ID, server_hostname: SERVER_HOSTNAME },
    broadcast: { user_id: session.user_id },
  });
  return conn;
}
