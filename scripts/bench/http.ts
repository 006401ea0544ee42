/**
 * HTTP micro-benchmarks against PostgreSQL (npm run build first):
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx scripts/bench/http.ts [seconds]
 * Measures a bare Hono hello-world, then our GET /users/me and GET /channels/{id}/posts (as
 * ratios of it), then POST /posts at 50 concurrent clients while 10 WebSocket listeners in the
 * channel must each receive every posted event.
 */
import { WebSocket } from 'ws';
import { call } from './lib/client';
import { formatResult, runLoad } from './lib/load';
import { freshDatabase, startHelloWorld, startServer } from './lib/processes';

const seconds = Number(process.argv[2] ?? 10);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('set DATABASE_URL (benchmarks run against PostgreSQL)');

const hello = await startHelloWorld(18301);
const helloResult = await runLoad(async () => (await call(hello.base, 'GET', '/hello')).status === 200, 50, seconds);
console.log(formatResult('bare Hono hello-world', helloResult));
await hello.stop();

const db = await freshDatabase(adminUrl, 'mmts_bench_http');
const server = await startServer(18302, { DATABASE_URL: db.url, MM_SERVICESETTINGS_ENABLEOPENSERVER: 'true', MM_TEAMSETTINGS_MAXUSERSPERTEAM: '1000' });
try {
  const { tokens, channelId } = await setUp(server.base);
  const me = await runLoad(async (w) => (await call(server.base, 'GET', '/api/v4/users/me', tokens[w % tokens.length])).status === 200, 50, seconds);
  console.log(formatResult('GET /users/me', me), `(${((100 * me.perSecond) / helloResult.perSecond).toFixed(0)}% of hello-world)`);
  const posts = await runLoad(
    async (w) => (await call(server.base, 'GET', `/api/v4/channels/${channelId}/posts?per_page=60`, tokens[w % tokens.length])).status === 200,
    50,
    seconds,
  );
  console.log(formatResult('GET /channels/{id}/posts (60 posts)', posts), `(${((100 * posts.perSecond) / helloResult.perSecond).toFixed(0)}% of hello-world)`);
  await postWithListeners(server.base, tokens, channelId);
} finally {
  await server.stop();
  await db.drop();
}

async function setUp(base: string) {
  const password = 'Bench-passw0rd!';
  const tokens: string[] = [];
  for (let i = 0; i < 60; i++) {
    const username = `bench${i}`;
    await call(base, 'POST', '/api/v4/users', tokens[0], { username, email: `${username}@example.com`, password });
    const login = await call(base, 'POST', '/api/v4/users/login', undefined, { login_id: username, password });
    tokens.push(String(login.headers.token));
  }
  const team = JSON.parse((await call(base, 'POST', '/api/v4/teams', tokens[0], { name: 'bench', display_name: 'Bench', type: 'O' })).body);
  const channel = JSON.parse((await call(base, 'POST', '/api/v4/channels', tokens[0], { team_id: team.id, name: 'bench', display_name: 'Bench', type: 'O' })).body);
  const ids = JSON.parse((await call(base, 'GET', '/api/v4/users?per_page=200', tokens[0])).body).map((u: { id: string }) => u.id);
  for (const userId of ids.slice(1)) {
    await call(base, 'POST', `/api/v4/teams/${team.id}/members`, tokens[0], { team_id: team.id, user_id: userId });
    await call(base, 'POST', `/api/v4/channels/${channel.id}/members`, tokens[0], { user_id: userId });
  }
  for (let i = 0; i < 200; i++) await call(base, 'POST', '/api/v4/posts', tokens[i % tokens.length], { channel_id: channel.id, message: `seed post ${i}` });
  return { tokens, channelId: channel.id as string };
}

async function postWithListeners(base: string, tokens: string[], channelId: string) {
  const received = new Array<number>(10).fill(0);
  const sockets = await Promise.all(
    received.map(
      (_, i) =>
        new Promise<WebSocket>((resolve) => {
          const ws = new WebSocket(`${base.replace('http', 'ws')}/api/v4/websocket`, { headers: { Authorization: `Bearer ${tokens[50 + i]}` } });
          ws.on('message', (raw) => {
            const frame = JSON.parse(raw.toString());
            if (frame.event === 'posted') received[i] += 1;
            if (frame.event === 'hello') resolve(ws);
          });
        }),
    ),
  );
  const result = await runLoad(
    async (w) => (await call(base, 'POST', '/api/v4/posts', tokens[w], { channel_id: channelId, message: `load ${w} ${Date.now()}` })).status === 201,
    50,
    seconds,
  );
  console.log(formatResult('POST /posts (50 clients, 10 listeners)', result));
  await new Promise((r) => setTimeout(r, 2000));
  const delivered = received.every((n) => n >= result.requests - result.errors);
  console.log(`posted events per listener: ${received.join(', ')} of ${result.requests - result.errors} created (${delivered ? 'all delivered' : 'MISSING EVENTS'})`);
  for (const ws of sockets) ws.close();
}
