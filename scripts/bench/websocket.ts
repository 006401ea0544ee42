/**
 * WebSocket scale on PostgreSQL (npm run build first):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench/websocket.ts [sockets]
 * Fills a fresh database with 1,000 users (sample data), connects `sockets` authenticated
 * sockets (default 10,000) to one server process and reports its memory per socket; then
 * measures fan-out: time from POST /posts to the `posted` event at every member of a
 * ~100-member channel and of town-square (1,000 members).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { WebSocket } from 'ws';
import { call } from './lib/client';
import { summarize } from './lib/load';
import { freshDatabase, startServer } from './lib/processes';
import { projectRoot } from '../../server/paths';

const target = Number(process.argv[2] ?? 10_000);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('set DATABASE_URL (benchmarks run against PostgreSQL)');

const db = await freshDatabase(adminUrl, 'mmts_bench_ws');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/sample-data/index.ts', '--users', '1000', '--teams', '1', '--channels-per-team', '4', '--channel-join-ratio', '0.1', '--posts', '0', '--dms', '0', '--gms', '0'], {
  cwd: projectRoot,
  env: { ...process.env, DATABASE_URL: db.url },
  stdio: 'inherit',
});
const sql = postgres(db.url, { max: 2, onnotice: () => {} });
const users = await sql<{ id: string; roles: string }[]>`SELECT id, roles FROM users ORDER BY username`;
const now = Date.now();
const tokens = users.map((u) => ({ userId: u.id, token: u.id.slice(0, 13) + u.id.slice(13).split('').reverse().join('') }));
await sql`INSERT INTO sessions ${sql(tokens.map((t, i) => ({ id: users[i].id, token: t.token, create_at: now, expires_at: now + 86_400_000, last_activity_at: now, user_id: t.userId, roles: users[i].roles, props: sql.json({ csrf: 'x' }) })))}`;

const server = await startServer(18500, { DATABASE_URL: db.url });
const rss = () => Number(readFileSync(`/proc/${server.child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)![1]) / 1024;
try {
  await new Promise((r) => setTimeout(r, 1000));
  const before = rss();
  const sockets: Listener[] = [];
  const started = performance.now();
  for (let i = 0; i < target; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, target - i) }, (_, k) => {
        const t = tokens[(i + k) % tokens.length];
        return new Promise<void>((resolve, reject) => {
          const ws = new WebSocket(`${server.base.replace('http', 'ws')}/api/v4/websocket`, { headers: { Authorization: `Bearer ${t.token}` } });
          const entry: Listener = { ws, userId: t.userId, arrivals: new Map() };
          ws.on('message', (raw) => {
            const frame = JSON.parse(raw.toString());
            if (frame.event === 'hello') resolve();
            if (frame.event === 'posted') entry.arrivals.set(JSON.parse(frame.data.post).id, performance.now());
          });
          ws.once('error', reject);
          sockets.push(entry);
        });
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 3000));
  const after = rss();
  console.log(`${sockets.length} sockets connected in ${((performance.now() - started) / 1000).toFixed(1)} s; server RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB: ${((1024 * (after - before)) / sockets.length).toFixed(1)} KB per socket`);

  const channels = await sql<{ id: string; name: string; members: number }[]>`
    SELECT c.id, c.name, count(m.user_id)::int AS members FROM channels c JOIN channel_members m ON m.channel_id = c.id
    WHERE c.type = 'O' GROUP BY c.id ORDER BY count(m.user_id)`;
  for (const channel of [channels.find((c) => c.members >= 80)!, channels.find((c) => c.name === 'town-square')!]) {
    await fanOut(channel, sockets);
  }
  for (const s of sockets) s.ws.close();
} finally {
  await sql.end();
  await server.stop();
  await db.drop();
}

interface Listener {
  ws: WebSocket;
  userId: string;
  arrivals: Map<string, number>;
}

async function fanOut(channel: { id: string; name: string; members: number }, sockets: Listener[]) {
  const memberIds = new Set((await sql<{ user_id: string }[]>`SELECT user_id FROM channel_members WHERE channel_id = ${channel.id}`).map((r) => r.user_id));
  const listeners = sockets.filter((s) => memberIds.has(s.userId));
  const poster = tokens.find((t) => memberIds.has(t.userId))!;
  const latencies: number[] = [];
  let missing = 0;
  for (let n = 0; n < 20; n++) {
    const sentAt = performance.now();
    const res = await call(server.base, 'POST', '/api/v4/posts', poster.token, { channel_id: channel.id, message: `fan-out ${n}` });
    const postId = JSON.parse(res.body).id as string;
    const deadline = Date.now() + 10_000;
    while (listeners.some((l) => !l.arrivals.has(postId)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    for (const l of listeners) {
      const at = l.arrivals.get(postId);
      if (at === undefined) missing += 1;
      else latencies.push(at - sentAt);
    }
  }
  const r = summarize(latencies, missing, 1);
  console.log(`fan-out to ${channel.members} members (${listeners.length} sockets): p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms over ${latencies.length} deliveries, ${missing} missing`);
}
