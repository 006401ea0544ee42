// Runs after `npm install` / `npm ci` (package.json "postinstall").
//
// postgres.js 3.4.9 can send a transaction's BEGIN without reserving its connection: in
// connection.js, execute() returns `write(...) && ... && sent.length < max_pipeline &&
// onexecute(connection)`, so when the BEGIN fills the connection's pipeline (or the socket
// reports backpressure) the reservation hook is skipped. The transaction then fails with
// UNSAFE_TRANSACTION, and the connection can go back to the pool inside an open transaction.
// We hit it under the ceiling load (porsager/postgres#823, #1189; fix proposed in #1218).
// This applies that fix: the hook runs whenever the query was written. Idempotent; it does
// nothing once the installed version no longer contains the faulty chain.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const faulty = `      return write(toBuffer(q))
        && !q.describeFirst
        && !q.cursorFn
        && sent.length < max_pipeline
        && (!q.options.onexecute || q.options.onexecute(connection))`;
const fixed = `      const written = write(toBuffer(q))
      if (q.options.onexecute)
        return q.options.onexecute(connection) // mattermost-ts: reserve whenever BEGIN was written (postgres#1218)
      return written
        && !q.describeFirst
        && !q.cursorFn
        && sent.length < max_pipeline`;

for (const file of ['node_modules/postgres/src/connection.js', 'node_modules/postgres/cjs/src/connection.js']) {
  if (!existsSync(file)) continue;
  const source = readFileSync(file, 'utf8');
  if (source.includes(faulty)) {
    writeFileSync(file, source.replace(faulty, fixed));
    console.log(`patched ${file} (postgres.js BEGIN reservation, porsager/postgres#1218)`);
  }
}
