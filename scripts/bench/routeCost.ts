/**
 * What each request of the ceiling's action mix costs: CPU time of the server process and of
 * the PostgreSQL backends serving it per request, read from /proc (Linux), route by route, at 4
 * concurrent clients. CPU time per request barely depends on how busy the machine is, so it
 * shows what limits the ceiling where req/s figures on a shared machine cannot.
 *
 *   npm run build && DATABASE_URL=postgres://…/sample npx tsx scripts/bench/routeCost.ts [requests per route] [route filter]
 * Runs over the sample data (npm run sample-data); logs in as user-1 … user-8.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { call } from './lib/client';
import { startServer } from './lib/processes';

const perRoute = Number(process.argv[2] ?? 300);
const filter = process.argv[3] ?? '';
const password = process.env.SAMPLE_PASSWORD ?? 'Sample-passw0rd!';

/** utime + stime of a process, in clock ticks (1/100 s). */
function ticks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** The PostgreSQL backends serving the database under test (their titles name it). */
const database = new URL(process.env.DATABASE_URL ?? 'postgres://localhost/postgres').pathname.slice(1);
function postgresTicks(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(` postgres ${database} `)) total += ticks(Number(entry));
    } catch {
      /* the process ended */
    }
  }
  return total;
}

const server = await startServer(18420, { DATABASE_URL: process.env.DATABASE_URL ?? '' });
const base = server.base;
const get = async <T>(path: string, token: string) => JSON.parse((await call(base, 'GET', path, token)).body) as T;
const users = await Promise.all(
  Array.from({ length: 8 }, async (_, i) => {
    const res = await call(base, 'POST', '/api/v4/users/login', undefined, { login_id: `user-${i + 1}`, password });
    if (res.status !== 200) throw new Error(`login user-${i + 1}: ${res.status}`);
    return { token: String(res.headers.token), id: (JSON.parse(res.body) as { id: string }).id };
  }),
);
const [team] = await get<Array<{ id: string }>>('/api/v4/users/me/teams', users[0].token);
const channels = (await get<Array<{ id: string; type: string }>>(`/api/v4/users/me/teams/${team.id}/channels`, users[0].token)).filter((c) => c.type === 'O');
const [read, write] = [channels[0].id, channels[1].id];
const newest = (await get<{ order: string[] }>(`/api/v4/channels/${read}/posts?per_page=1`, users[0].token)).order[0];
let counter = 0;

type Request = (token: string, i: number) => Promise<number>;
const status = async (method: string, path: string, token: string, body?: unknown) => (await call(base, method, path, token, body)).status;
const routes: Array<[string, Request]> = [
  ['GET /users/me', (t) => status('GET', '/api/v4/users/me', t)],
  ['GET /channels/{id}/posts (60)', (t) => status('GET', `/api/v4/channels/${read}/posts?page=0&per_page=60`, t)],
  ['GET /channels/{id}/posts (30 before)', (t) => status('GET', `/api/v4/channels/${read}/posts?before=${newest}&per_page=30`, t)],
  ['POST /channels/members/me/view', (t, i) => status('POST', '/api/v4/channels/members/me/view', t, { channel_id: i % 2 ? read : write, prev_channel_id: i % 2 ? write : read })],
  ['GET /users/me/teams/unread', (t) => status('GET', '/api/v4/users/me/teams/unread', t)],
  ['POST /channels/direct', (t, i) => status('POST', '/api/v4/channels/direct', t, [users[i % 8].id, users[(i + 1 + (i % 7)) % 8].id])],
  ['GET /users/me/teams/{id}/threads', (t) => status('GET', `/api/v4/users/me/teams/${team.id}/threads?per_page=25`, t)],
  ['POST /posts', (t) => status('POST', '/api/v4/posts', t, { channel_id: write, message: `cost probe ${counter++}` })],
  ['POST /reactions', (t, i) => status('POST', '/api/v4/reactions', t, { user_id: users[i % 8].id, post_id: newest, emoji_name: ['+1', 'tada', 'eyes'][i % 3] })],
];

console.log(`${'route'.padEnd(40)} ${'server'.padStart(9)} ${'postgres'.padStart(9)}  per request (ms CPU)`);
for (const [name, request] of routes) {
  if (!name.includes(filter)) continue;
  const run = (i: number) => request(users[i % users.length].token, i);
  for (let i = 0; i < 20; i++) await run(i); // warm: validators compiled, statements prepared
  const [server0, pg0, t0] = [ticks(server.child.pid!), postgresTicks(), performance.now()];
  let next = 0;
  let failed = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < perRoute) if ((await run(next++)) >= 300) failed += 1;
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const serverMs = ((ticks(server.child.pid!) - server0) * 10) / perRoute;
  const pgMs = ((postgresTicks() - pg0) * 10) / perRoute;
  console.log(`${name.padEnd(40)} ${serverMs.toFixed(2).padStart(9)} ${pgMs.toFixed(2).padStart(9)}  (${(perRoute / seconds).toFixed(0)} req/s, ${failed} failed)`);
}
await server.stop();
process.exit(0);
