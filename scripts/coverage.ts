/** `npm run coverage`: implemented / total operations, per tag, and what is missing. */
import { operations, type OperationId } from '../generated/operations';
import { handlers } from '../handlers';
import { notImplemented } from '../handlers/notImplemented';

const verbose = process.argv.includes('--missing');
const perTag = new Map<string, { done: number; total: number; missing: string[] }>();
for (const id of Object.keys(operations) as OperationId[]) {
  const tag = operations[id].tag;
  const entry = perTag.get(tag) ?? { done: 0, total: 0, missing: [] };
  entry.total += 1;
  if ((handlers[id] as unknown) === notImplemented) entry.missing.push(id);
  else entry.done += 1;
  perTag.set(tag, entry);
}
let done = 0;
let total = 0;
for (const [tag, e] of [...perTag].sort(([a], [b]) => a.localeCompare(b))) {
  done += e.done;
  total += e.total;
  console.log(`${tag.padEnd(32)} ${String(e.done).padStart(3)} / ${String(e.total).padEnd(3)}${verbose && e.missing.length ? `  missing: ${e.missing.join(', ')}` : ''}`);
}
console.log(`\nimplemented ${done} / ${total} operations (${((100 * done) / total).toFixed(1)}%); ${total - done} answer 501`);
if (!verbose) console.log('(npm run coverage -- --missing lists the missing operations per tag)');
