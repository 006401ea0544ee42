/**
 * Post search latency over a sample-data database (npm run build first):
 *   npm run sample-data -- --users 1000 --posts 1000000   (with DATABASE_URL=…/sample)
 *   DATABASE_URL=postgres://…/sample npx tsx scripts/bench/search.ts [searches]
 */
import { call } from './lib/client';
import { formatResult, runLoad } from './lib/load';
import { startServer } from './lib/processes';
import { WORDS } from '../sample-data/words';
import { Random } from '../sample-data/random';

const count = Number(process.argv[2] ?? 200);
const server = await startServer(18600, { DATABASE_URL: process.env.DATABASE_URL ?? '' });
try {
  const login = await call(server.base, 'POST', '/api/v4/users/login', undefined, { login_id: 'user-1', password: 'Sample-passw0rd!' });
  const token = String(login.headers.token);
  const teams = JSON.parse((await call(server.base, 'GET', '/api/v4/users/me/teams', token)).body) as Array<{ id: string }>;
  const rnd = new Random(3);
  const terms = () => {
    const kind = rnd.int(4);
    if (kind === 0) return `${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`;
    if (kind === 1) return `"${rnd.pick(WORDS)} ${rnd.pick(WORDS)}"`;
    if (kind === 2) return `${rnd.pick(WORDS).slice(0, 3)}*`;
    return `#release`;
  };
  let hits = 0;
  let done = 0;
  const search = async () => {
    const res = await call(server.base, 'POST', `/api/v4/teams/${teams[0].id}/posts/search`, token, { terms: terms(), is_or_search: false, page: 0, per_page: 60 });
    if (res.status === 200) hits += (JSON.parse(res.body).order as string[]).length;
    done += 1;
    return res.status === 200;
  };
  const seconds = Math.max(5, Math.ceil(count / 20));
  console.log(formatResult('search, 1 client', await runLoad(search, 1, seconds)));
  console.log(formatResult('search, 10 clients', await runLoad(search, 10, seconds)));
  console.log(`${done} searches, ${(hits / done).toFixed(1)} results each on average`);
} finally {
  await server.stop();
}
