/**
 * Two server processes sharing PostgreSQL and Redis behave as one: events made on one node
 * reach sockets on the other, and a session revoked on one stops working on the other at once.
 * Needs DATABASE_URL and REDIS_URL (CI's PostgreSQL run sets both).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../helpers/testServer';
import { rawSocket, waitUntil } from '../helpers/wsClient';
import { projectRoot } from '../../server/paths';

const enabled = Boolean(process.env.DATABASE_URL && process.env.REDIS_URL);

async function startNode(port: number, databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, REDIS_URL: process.env.REDIS_URL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/v4/system/ping`)).ok) return child;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`node on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function call(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, token: res.headers.get('Token'), body: (await res.json()) as any };
}

describe.skipIf(!enabled)('two nodes through Redis', () => {
  const portA = 18200 + Math.floor(Math.random() * 500);
  const portB = portA + 1;
  const a = `http://127.0.0.1:${portA}`;
  const b = `http://127.0.0.1:${portB}`;
  let nodes: ChildProcess[] = [];
  let drop: () => Promise<void>;
  let adminToken: string;
  let userToken: string;

  beforeAll(async () => {
    const db = await freshPostgresDatabase(process.env.DATABASE_URL!);
    drop = db.drop;
    nodes.push(await startNode(portA, db.url));
    nodes.push(await startNode(portB, db.url));
    const user = (name: string) => ({ username: name, email: `${name}@example.com`, password: 'Passw0rd!x' });
    await call(a, 'POST', '/api/v4/users', undefined, user('admin1'));
    adminToken = (await call(a, 'POST', '/api/v4/users/login', undefined, { login_id: 'admin1', password: 'Passw0rd!x' })).token!;
    await call(a, 'POST', '/api/v4/users', adminToken, user('user1'));
    userToken = (await call(b, 'POST', '/api/v4/users/login', undefined, { login_id: 'user1', password: 'Passw0rd!x' })).token!;
  }, 90_000);

  afterAll(async () => {
    for (const node of nodes) node.kill('SIGTERM');
    await Promise.all(nodes.map((n) => new Promise((r) => n.once('exit', r))));
    nodes = [];
    await drop?.();
  });

  it('delivers an event made on node B to a socket on node A, and role changes apply on A at once', async () => {
    const onA = await rawSocket(a, { token: userToken });
    await onA.event('hello');
    const role = (await call(b, 'GET', '/api/v4/roles/name/system_user', adminToken)).body;
    const without = role.permissions.filter((p: string) => p !== 'view_members');
    expect((await call(b, 'PUT', `/api/v4/roles/${role.id}/patch`, adminToken, { permissions: without })).status).toBe(200);
    const [event] = await onA.event('role_updated');
    expect(JSON.parse(event.data.role).name).toBe('system_user');
    const adminId = (await call(a, 'GET', '/api/v4/users/me', adminToken)).body.id;
    expect((await call(a, 'GET', `/api/v4/users/${adminId}`, userToken)).status).toBe(403);
    await call(b, 'PUT', `/api/v4/roles/${role.id}/patch`, adminToken, { permissions: role.permissions });
    onA.close();
  });

  it('stops a session revoked on node B from working on node A at once', async () => {
    const token = (await call(a, 'POST', '/api/v4/users/login', undefined, { login_id: 'user1', password: 'Passw0rd!x' })).token!;
    expect((await call(a, 'GET', '/api/v4/users/me', token)).status).toBe(200);
    const onA = await rawSocket(a, { token });
    await onA.event('hello');
    expect((await call(b, 'POST', '/api/v4/users/logout', token)).status).toBe(200);
    expect(await onA.closed).toBe(4001);
    expect((await call(a, 'GET', '/api/v4/users/me', token)).status).toBe(401);
  });
});
