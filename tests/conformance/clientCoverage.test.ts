/**
 * The check of `npx tsx scripts/client-coverage.ts` as a test: every endpoint the official
 * JS client calls routes to an operation of our spec (outside the documented exceptions),
 * and every operation of the published spec keeps its operationId, method and path.
 * Skipped when the reference files (../shared/reference/) are absent.
 */
import { describe, expect, it } from 'vitest';
import { clientCoverage, formatReport } from '../../scripts/lib/clientCoverage';

const report = clientCoverage();

describe.skipIf(!report.available)('client coverage (Client4 endpoints and the published spec)', () => {
  it('routes every Client4 endpoint, apart from the documented exceptions', () => {
    const missing = report.clientFailures.map((c) => {
      const o = c.outcome as { status: number; reason: string };
      return `${c.client4Method} ${c.httpMethod} ${c.pathTemplate} -> ${o.status}: ${o.reason}`;
    });
    expect(missing, formatReport(report).join('\n')).toEqual([]);
    expect(report.clients.length).toBeGreaterThan(500);
  });

  it('keeps no stale exception', () => {
    expect(report.staleExceptions).toEqual([]);
  });

  it('keeps every published operation under the same operationId, method and path', () => {
    const differing = report.publishedFailures.map((p) => `${p.published.method} ${p.published.path} ${p.published.operationId}: ${p.problems.join('; ')}`);
    expect(differing).toEqual([]);
    expect(report.published.length).toBe(425);
  });
});
