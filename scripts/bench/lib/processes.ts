import { spawn, type ChildProcess } from 'node:child_process';
import postgres from 'postgres';
import { projectRoot } from '../../../server/paths';

export interface Started {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** Our built server (npm run build first) as its own process. */
export async function startServer(port: number, env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['dist/main.js'], { cwd: projectRoot, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v4/system/ping`);
  return { base, child, stop: stopper(child) };
}

/** A bare Hono app on @hono/node-server answering {"status":"OK"}: the ceiling of the stack. */
export async function startHelloWorld(port: number): Promise<Started> {
  const code = `
    import { Hono } from 'hono'; import { serve } from '@hono/node-server';
    const app = new Hono(); app.get('/hello', (c) => c.json({ status: 'OK' }));
    serve({ fetch: app.fetch, port: ${port}, hostname: '127.0.0.1' });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: projectRoot, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/hello`);
  return { base, child, stop: stopper(child) };
}

/** A new, empty PostgreSQL database next to the one in DATABASE_URL; dropped by the returned function. */
export async function freshDatabase(adminUrl: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
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
