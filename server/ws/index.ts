import type { Server as HttpServer } from 'node:http';
import type { Http2Server, Http2SecureServer } from 'node:http2';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ServerContext } from '../context';
import { Hub } from './hub';
import type { PresenceOptions } from './presence';
import { handleSocket } from './socket';

export const WEBSOCKET_PATH = '/api/v4/websocket';

export interface WebSocketOptions {
  authTimeoutMs?: number;
  /** Protocol-level ping period; a peer that misses one pong is dropped. */
  pingIntervalMs?: number;
  resumeWindowMs?: number;
  /** Presence timing (defaults: offline 5 s after the last socket closes, checks every 30 s). */
  presence?: Partial<PresenceOptions>;
}

export interface WebSocketService {
  hub: Hub;
  close(): void;
}

/** Serves Mattermost's WebSocket protocol on the HTTP server at /api/v4/websocket. */
export function attachWebSocket(http: HttpServer | Http2Server | Http2SecureServer, server: ServerContext, opts: WebSocketOptions = {}): WebSocketService {
  const hub = new Hub(server, {
    resumeWindowMs: opts.resumeWindowMs ?? 5 * 60_000,
    presence: { offlineGraceMs: 5000, sweepMs: 30_000, ...opts.presence },
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const alive = new WeakMap<WebSocket, boolean>();

  server.events.onInvalidation((inv) => {
    if (inv.kind === 'user_sessions' || inv.kind === 'session_revoked') void hub.recheckSessions(inv.userId);
  });

  (http as HttpServer).on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== WEBSOCKET_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
      handleSocket(server, hub, ws, req, { authTimeoutMs: opts.authTimeoutMs ?? 5000 });
    });
  });

  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, opts.pingIntervalMs ?? 30_000);
  pinger.unref();

  return {
    hub,
    close: () => {
      clearInterval(pinger);
      hub.close();
      wss.close();
    },
  };
}
