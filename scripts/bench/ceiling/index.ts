/**
 * Ceiling test in the manner of Mattermost's load-test-ng: simulated users, each logged in with
 * a WebSocket, repeat Mattermost's action mix about every --pace-ms (default 2000 ms, jittered);
 * users are added while every threshold holds over the last 10 s (average < 100 ms, p99 < 2 s,
 * errors < 0.025 %) and removed when one breaks. The result is the most users held.
 *
 *   npm run sample-data -- --users 3000 --posts 1000000   (DATABASE_URL=…/ceiling)
 *   npm run build && DATABASE_URL=postgres://…/ceiling npx tsx scripts/bench/ceiling/index.ts --max-seconds 600
 */
import { Random } from '../../sample-data/random';
import { summarize } from '../lib/load';
import { startServer } from '../lib/processes';
import { chooseAction, CREATE_POST_SHARE } from './actions';
import { SimUser, type Sample } from './simUser';

const args = Object.fromEntries(process.argv.slice(2).reduce<Array<[string, string]>>((acc, v, i, all) => (i % 2 === 0 ? [...acc, [v.replace(/^--/, ''), all[i + 1]]] : acc), []));
const num = (name: string, fallback: number) => Number(args[name] ?? fallback);
const maxSeconds = num('max-seconds', 300);
const paceMs = num('pace-ms', 2000);
const step = num('step', 25);
const maxUsers = num('max-users', 5000);
const password = args.password ?? 'Sample-passw0rd!';
const rnd = new Random(num('seed', 7));

const server = args.base ? null : await startServer(num('port', 18400), { DATABASE_URL: process.env.DATABASE_URL ?? '' });
const base = args.base ?? server!.base;
const samples: Sample[] = [];
const actionTimes: number[] = [];
const users: SimUser[] = [];
let nextUser = 1;
let best = { users: 0, actionsPerSecond: 0, avg: 0, p99: 0 };

async function addUser(): Promise<void> {
  const u = new SimUser(base, `user-${nextUser++}`, (s) => samples.push(s));
  await u.login(password);
  await u.connect();
  users.push(u);
  void loop(u);
}

async function loop(u: SimUser): Promise<void> {
  while (!u.stopped) {
    await new Promise((r) => setTimeout(r, paceMs * (0.5 + rnd.next())));
    if (u.stopped) return;
    const [, action] = chooseAction(rnd);
    actionTimes.push(Date.now());
    await action(u, rnd).catch(() => samples.push({ at: Date.now(), ms: 0, ok: false }));
  }
}

function windowStats(ms = 10_000) {
  const since = Date.now() - ms;
  const recent = samples.filter((s) => s.at >= since);
  const r = summarize(recent.map((s) => s.ms), recent.filter((s) => !s.ok).length, ms / 1000);
  return { ...r, errorRate: r.requests ? r.errors / r.requests : 0 };
}

const started = Date.now();
let ramping = true;
while (Date.now() - started < maxSeconds * 1000) {
  await new Promise((r) => setTimeout(r, 5000));
  const s = windowStats();
  const healthy = s.mean < 100 && s.p99 < 2000 && s.errorRate < 0.00025;
  const actionsPerSecond = actionTimes.filter((t) => t >= Date.now() - 10_000).length / 10;
  console.log(`${Math.round((Date.now() - started) / 1000)}s users ${users.length} actions/s ${actionsPerSecond.toFixed(0)} requests/s ${s.perSecond.toFixed(0)} avg ${s.mean.toFixed(1)} ms p99 ${s.p99.toFixed(0)} ms errors ${(100 * s.errorRate).toFixed(3)}% ${healthy ? 'ok' : 'BROKEN'}`);
  if (healthy && users.length > best.users) best = { users: users.length, actionsPerSecond, avg: s.mean, p99: s.p99 };
  if (healthy && ramping && users.length < maxUsers) {
    await Promise.all(Array.from({ length: step }, () => addUser().catch((e: unknown) => console.error(String(e)))));
  } else if (!healthy) {
    ramping = false;
    for (const u of users.splice(Math.max(0, users.length - step), step)) u.close();
  }
}
const gaps = users.reduce((n, u) => n + u.gaps, 0);
console.log(`\nheld ${best.users} users at ${best.actionsPerSecond.toFixed(0)} actions/s (avg ${best.avg.toFixed(1)} ms, p99 ${best.p99.toFixed(0)} ms)`);
console.log(`about ${(best.actionsPerSecond * CREATE_POST_SHARE).toFixed(1)} posts/s; at Mattermost's pace (108 s between a user's actions) this load is ~${Math.round((best.users * 108_000) / paceMs)} users`);
console.log(`WebSocket sequence gaps seen by clients: ${gaps}`);
for (const u of users) u.close();
await server?.stop();
process.exit(0);
