/**
 * `npm run sample-data -- [--users N --posts N --teams N --channels-per-team N --dms N --gms N
 *   --days N --seed N ...]`: fills the database named by DATABASE_URL (or the embedded one under
 * MM_DATA_DIR) with realistic, deterministic data, like Mattermost's `sampledata` command.
 * Logins: sysadmin / user-1 ... with the password Sample-passw0rd!
 */
import { openDatabase } from '../../db/client';
import { channelMembers, channels, posts, reactions, teamMembers, teams, users } from '../../db/schema';
import { hashPassword } from '../../server/auth/password';
import { migrationsFolder } from '../../server/paths';
import { insertAll } from './batch';
import { copyPosts } from './copy';
import { finalize } from './finalize';
import { buildPeople } from './people';
import { parseArgs } from './plan';
import { generatePosts } from './posts';
import { Random } from './random';

export const SAMPLE_PASSWORD = 'Sample-passw0rd!';

const options = parseArgs(process.argv.slice(2));
const url = process.env.DATABASE_URL;
const database = await openDatabase({ url, dataDir: url ? undefined : `${process.env.MM_DATA_DIR ?? './data'}/db`, migrationsFolder });
const { db } = database;
const rnd = new Random(options.seed);
const started = performance.now();
const end = Date.UTC(2026, 0, 1);

const world = buildPeople(rnd, options, await hashPassword(SAMPLE_PASSWORD), end - options.days * 86_400_000 - 86_400_000);
let rows = 0;
await db.transaction(async (tx) => {
  rows += await insertAll(tx, users, world.users);
  rows += await insertAll(tx, teams, world.teams);
  rows += await insertAll(tx, teamMembers, world.teamMembers);
  rows += await insertAll(tx, channels, world.channels);
  rows += await insertAll(tx, channelMembers, world.channelMembers);
});
console.log(`people: ${world.users.length} users, ${world.teams.length} teams, ${world.channels.length} channels, ${world.channelMembers.length} memberships`);

let postCount = 0;
const copySql = url ? (await import('postgres')).default(url, { max: 1, onnotice: () => {} }) : null;
for (const chunk of generatePosts(rnd, options, world, end)) {
  if (copySql) await copyPosts(copySql, chunk.posts, chunk.reactions);
  else
    await db.transaction(async (tx) => {
      await insertAll(tx, posts, chunk.posts);
      await insertAll(tx, reactions, chunk.reactions);
    });
  rows += chunk.posts.length + chunk.reactions.length;
  postCount += chunk.posts.length;
  if (postCount % 100_000 < chunk.posts.length) console.log(`posts: ${postCount}`);
}
await copySql?.end();
await finalize(db);
const seconds = (performance.now() - started) / 1000;
console.log(`done: ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s) on ${database.kind}`);
await database.close();
