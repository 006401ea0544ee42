/**
 * WebSocket clients for tests: the official @mattermost/client WebSocketClient (given the
 * browser globals it expects on Node 20), and a raw socket that records every frame.
 */
import { WebSocket as NodeWebSocket } from 'ws';
import { WebSocketClient } from '@mattermost/client';
import { checkFrame } from './eventContract';

export { contractViolations } from './eventContract';

const g = globalThis as Record<string, unknown>;
g.WebSocket ??= NodeWebSocket;
g.CloseEvent ??= class CloseEvent extends Event {
  code: number;
  wasClean: boolean;
  constructor(type: string, init: { code?: number; wasClean?: boolean } = {}) {
    super(type);
    this.code = init.code ?? 0;
    this.wasClean = init.wasClean ?? false;
  }
};

export type Frame = { event?: string; seq?: number; seq_reply?: number; status?: string; data?: any; broadcast?: any; error?: any };

export async function waitUntil<T>(check: () => T | undefined | false, timeoutMs = 5000, label = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** The official client, connected with a token through authentication_challenge. */
export function officialClient(baseUrl: string, token: string) {
  const frames: Frame[] = [];
  let missed = 0;
  const client = new WebSocketClient({ minWebSocketRetryTime: 50, reconnectJitterRange: 10, newWebSocketFn: (url) => new NodeWebSocket(url) as never });
  client.addMessageListener((msg) => {
    checkFrame(msg as never);
    frames.push(msg as Frame);
  });
  client.addMissedMessageListener(() => (missed += 1));
  client.initialize(`${baseUrl.replace('http', 'ws')}/api/v4/websocket`, token);
  return {
    client,
    frames,
    missedCount: () => missed,
    events: (name: string) => frames.filter((f) => f.event === name),
    close: () => client.close(),
  };
}

/** A raw socket recording every frame it receives. */
export async function rawSocket(baseUrl: string, opts: { token?: string; query?: string } = {}) {
  const frames: Frame[] = [];
  const url = `${baseUrl.replace('http', 'ws')}/api/v4/websocket${opts.query ? `?${opts.query}` : ''}`;
  const socket = new NodeWebSocket(url, { headers: opts.token ? { Authorization: `Bearer ${opts.token}` } : {} });
  socket.on('message', (raw) => {
    const frame = JSON.parse(raw.toString()) as Frame;
    checkFrame(frame as never);
    frames.push(frame);
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let seq = 1;
  return {
    socket,
    frames,
    closed,
    send: (action: string, data?: unknown) => {
      const s = seq++;
      socket.send(JSON.stringify({ action, seq: s, data }));
      return s;
    },
    reply: (s: number) => waitUntil(() => frames.find((f) => f.seq_reply === s), 5000, `reply ${s}`),
    event: (name: string, n = 1) => waitUntil(() => frames.filter((f) => f.event === name).length >= n && frames.filter((f) => f.event === name), 5000, name),
    close: () => socket.close(),
  };
}
