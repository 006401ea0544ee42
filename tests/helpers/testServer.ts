/**
 * Starts a server for a test file: in-process on a fresh in-memory PGlite by default, or on a
 * fresh PostgreSQL database when DATABASE_URL is set (created here, dropped on close).
 * Every response is checked against the spec (see responseCheck.ts).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createServer, loadSpec, type RunningServer } from '../../server/createServer';
import { newId } from '../../server/ids';
import { ResponseChecker } from './responseCheck';
import type { WebSocketOptions } from '../../server/ws';

export interface TestResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
}

export interface TestServer {
  running: RunningServer;
  checker: ResponseChecker;
  request<T = any>(method: string, path: string, opts?: RequestOptions): Promise<TestResponse<T>>;
  /** Starts listening on 127.0.0.1 (HTTP and WebSocket, for real clients); returns the base URL. */
  listen(wsOptions?: WebSocketOptions): Promise<string>;
  close(): Promise<void>;
}

export async function freshPostgresDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import('postgres');
  const name = `mmt_${newId()}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export async function startTestServer(opts: { env?: Record<string, string> } = {}): Promise<TestServer> {
  const adminUrl = process.env.DATABASE_URL;
  const pg = adminUrl ? await freshPostgresDatabase(adminUrl) : undefined;
  const running = await createServer({ databaseUrl: pg?.url, env: opts.env ?? {}, log: () => {}, logToConsole: false });
  const checker = await ResponseChecker.create(loadSpec());
  const fetch = checker.wrap((req) => running.app.fetch(req));
  let http: ServerType | undefined;

  return {
    running,
    checker,
    async request(method, path, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.token) headers.Authorization = `Bearer ${o.token}`;
      let body: string | undefined = o.rawBody;
      if (o.body !== undefined) {
        body = JSON.stringify(o.body);
        headers['Content-Type'] ??= 'application/json';
      }
      const res = await fetch(new Request(`http://localhost${path}`, { method, headers, body }));
      const text = await res.text();
      let parsed: unknown = text;
      if ((res.headers.get('content-type') ?? '').startsWith('application/json') && text) parsed = JSON.parse(text);
      return { status: res.status, headers: res.headers, body: parsed as never };
    },
    async listen(wsOptions?: WebSocketOptions) {
      http = serve({ fetch, port: 0, hostname: '127.0.0.1' });
      await new Promise<void>((resolve) => http!.once('listening', () => resolve()));
      running.attachWebSocket(http as never, wsOptions);
      return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    },
    async close() {
      const closing = new Promise<void>((resolve) => (http ? http.close(() => resolve()) : resolve()));
      (http as { closeAllConnections?: () => void } | undefined)?.closeAllConnections?.();
      await running.close();
      await closing;
      await pg?.drop();
    },
  };
}
