/**
 * `npx tsx scripts/client-coverage.ts`: routes every endpoint the official JS client
 * (Client4, @mattermost/client) calls through our OperationRouter, and checks that every
 * operation of the published spec keeps its operationId, method and path in ours.
 * Exits 1 when a client endpoint is not routed (outside the documented exceptions in
 * scripts/lib/clientCoverage.ts) or a published operation differs without a documented
 * reason; exits 0 with a note when the reference files (../shared/reference/) are absent.
 */
import { clientCoverage, formatReport } from './lib/clientCoverage';

const report = clientCoverage();
for (const line of formatReport(report)) console.log(line);
if (!report.available) process.exit(0);
const failed = report.clientFailures.length + report.publishedFailures.length;
if (failed > 0) {
  console.log(`\nFAILED: ${report.clientFailures.length} client endpoints not routed, ${report.publishedFailures.length} published operations differ`);
  process.exit(1);
}
console.log('\nOK');
