/**
 * Ceiling test in the manner of Mattermost's load-test-ng: simulated users, each with a session
 * and a WebSocket, repeat Mattermost's action mix about every --pace-ms (default 2000 ms,
 * jittered). A feedback loop (controller.ts) adds users while every threshold holds over a
 * window (average < 100 ms, p99 < 2 s, errors < 0.025 %) and removes them when one breaks,
 * halving its step at each turn until it settles. The result is the most users held and the
 * actions per second they performed; afterwards every connected user must have received the
 * `posted` event of every post created in its channels.
 *
 * Logins (argon2) and the users' first look-ups happen before the measurement, for all
 * --max-users users; the ramp only opens sockets and starts the users' loops.
 *
 *   DATABASE_URL=postgres://…/sample npm run sample-data -- --users 3000 --posts 1000000
 *   npm run build && DATABASE_URL=postgres://…/sample npx tsx scripts/bench/ceiling/index.ts
 * Options: --max-users 2000 --step 50 --min-step 5 --window 10 --pace-ms 2000 --max-seconds 900
 *          --base http://host:port (an already running server) --seed 7
 */
import { Random } from '../../sample-data/random';
import { summarize } from '../lib/load';
import { startServer } from '../lib/processes';
import { chooseAction, CREATE_POST_SHARE } from './actions';
import { Controller, holds, MATTERMOST_THRESHOLDS, type Held } from './controller';
import { DeliveryLedger } from './delivery';
import { SimUser, type Sample } from './simUser';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const num = (name: string, fallback: number) => Number(args.get(name) ?? fallback);
const maxSeconds = num('max-seconds', 900);
const paceMs = num('pace-ms', 2000);
const windowMs = num('window', 10) * 1000;
const settleMs = 2000;
const maxUsers = num('max-users', 2000);
const password = args.get('password') ?? 'Sample-passw0rd!';
const rnd = new Random(num('seed', 7));

const server = args.has('base') ? null : await startServer(num('port', 18400), { DATABASE_URL: process.env.DATABASE_URL ?? '' });
const base = args.get('base') ?? server!.base;
const samples: Sample[] = [];
const actionStarts: number[] = [];
const ledger = new DeliveryLedger();

const prepareStarted = Date.now();
const pool: SimUser[] = [];
for (let next = 1; next <= maxUsers; next += 10) {
  const batch = Array.from({ length: Math.min(10, maxUsers - next + 1) }, (_, i) => new SimUser(base, `user-${next + i}`, (s) => samples.push(s), ledger));
  await Promise.all(batch.map((u) => u.prepare(password, rnd)));
  pool.push(...batch);
}
console.log(`prepared ${pool.length} users (logins, teams, channels) in ${((Date.now() - prepareStarted) / 1000).toFixed(0)} s; measuring from now`);

const active: SimUser[] = [];

async function loop(u: SimUser): Promise<void> {
  while (!u.stopped) {
    await new Promise((r) => setTimeout(r, paceMs * (0.5 + rnd.next())));
    if (u.stopped) return;
    const [, action] = chooseAction(rnd);
    actionStarts.push(Date.now());
    await action(u, rnd).catch((err: { recorded?: boolean }) => {
      if (!err.recorded) samples.push({ at: Date.now(), ms: 0, ok: false, route: 'failed action', outcome: String(err) });
    });
  }
}

async function resize(delta: number): Promise<void> {
  if (delta < 0) {
    for (const u of active.splice(active.length + delta, -delta)) u.close();
    return;
  }
  const joining = pool.slice(active.length, active.length + delta);
  await Promise.all(joining.map((u) => u.start()));
  active.push(...joining);
  for (const u of joining) void loop(u);
}

function statsSince(since: number, until: number) {
  const recent = samples.filter((s) => s.at >= since && s.at < until);
  const seconds = (until - since) / 1000;
  const r = summarize(
    recent.map((s) => s.ms),
    recent.filter((s) => !s.ok).length,
    seconds,
  );
  const actionsPerSecond = actionStarts.filter((t) => t >= since && t < until).length / seconds;
  return { ...r, errorRate: r.requests ? r.errors / r.requests : 0, actionsPerSecond };
}

const controller = new Controller(num('step', 50), num('min-step', 5), 3);
const started = Date.now();
await resize(Math.min(num('step', 50), maxUsers));
while (Date.now() - started < maxSeconds * 1000 && !controller.converged) {
  await new Promise((r) => setTimeout(r, settleMs));
  const from = Date.now();
  await new Promise((r) => setTimeout(r, windowMs));
  const s = statsSince(from, Date.now());
  const healthy = holds(s, MATTERMOST_THRESHOLDS);
  const held: Held = { users: active.length, actionsPerSecond: s.actionsPerSecond, requestsPerSecond: s.perSecond, mean: s.mean, p99: s.p99 };
  console.log(
    `${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s  users ${String(active.length).padStart(5)}  actions/s ${s.actionsPerSecond.toFixed(0).padStart(5)}  requests/s ${s.perSecond.toFixed(0).padStart(5)}  avg ${s.mean.toFixed(1).padStart(6)} ms  p99 ${s.p99.toFixed(0).padStart(5)} ms  errors ${(100 * s.errorRate).toFixed(3)}%  ${healthy ? 'holds' : 'BROKEN'}`,
  );
  let delta = controller.next(active.length, healthy, held);
  if (active.length + delta > maxUsers) delta = maxUsers - active.length;
  if (delta !== 0) await resize(delta);
}

for (const u of active) u.stopped = true;
await new Promise((r) => setTimeout(r, 5000)); // let the last events arrive
const delivery = ledger.verify(active);
const gaps = active.reduce((n, u) => n + u.gaps, 0);
const duplicates = active.reduce((n, u) => n + u.duplicates, 0);
const best = controller.best;
console.log(controller.converged ? '\nconverged' : '\nstopped at --max-seconds before converging');
if (best) {
  console.log(`held ${best.users} users at ${best.actionsPerSecond.toFixed(0)} actions/s, ${best.requestsPerSecond.toFixed(0)} requests/s (avg ${best.mean.toFixed(1)} ms, p99 ${best.p99.toFixed(0)} ms)`);
  console.log(
    `about ${(best.actionsPerSecond * CREATE_POST_SHARE).toFixed(1)} posts/s; at Mattermost's pace (108 s between one user's actions) the same load is ~${Math.round((best.users * 108_000) / paceMs)} users`,
  );
} else {
  console.log('no user count held the thresholds');
}
console.log(`posted events: ${delivery.owed} owed to the ${active.length} connected users, ${delivery.missing} missing; sequence gaps ${gaps}, duplicate frames ${duplicates}; ${ledger.posts} posts created`);
console.log('\nper route over the run (requests, errors, avg, p99):');
const byRoute = new Map<string, Sample[]>();
for (const s of samples) {
  if (!byRoute.has(s.route)) byRoute.set(s.route, []);
  byRoute.get(s.route)!.push(s);
}
for (const [route, list] of [...byRoute].sort((a, b) => b[1].length - a[1].length)) {
  const r = summarize(list.map((s) => s.ms), list.filter((s) => !s.ok).length, 1);
  console.log(`  ${route.padEnd(48)} ${String(r.requests).padStart(7)} ${String(r.errors).padStart(5)} ${r.mean.toFixed(1).padStart(7)} ms ${r.p99.toFixed(0).padStart(6)} ms`);
}
const failures = new Map<string, number>();
for (const s of samples) if (!s.ok) failures.set(`${s.route}: ${s.outcome}`, (failures.get(`${s.route}: ${s.outcome}`) ?? 0) + 1);
if (failures.size) console.log('\nfailures:');
for (const [what, n] of failures) console.log(`  ${n} × ${what}`);
for (const u of active) u.close();
await server?.stop();
process.exit(0);
