/**
 * Spec-driven fuzzing of every operation in generated/operations.ts, on one test server with
 * one admin (the first user) and one regular user:
 *   - anonymous: operations that need a session answer 401 session_expired;
 *   - the regular user: a well-formed baseline, wrong-typed parameters, missing required
 *     fields, malformed JSON, bodies of the wrong JSON type, invalid ('x') and unknown ids,
 *     70k-character strings, strings with a NUL character, numbers no page can take (1e29,
 *     -1), a body over MaximumPayloadSizeBytes, then seeded random mutations up to the
 *     budget (see fuzzCases.ts; exclusions, each with its reason, in fuzzPolicy.ts);
 *   - every answer: no 5xx (501 only from operations still bound to notImplemented), every
 *     error an AppError, every answer as the spec says (the test server's ResponseChecker);
 *   - no leak: the regular user is refused by the config endpoints (before and after the
 *     campaign), and where it gets 403 from a GET that names no resource but itself, the
 *     admin's answer to the same request differs.
 *
 * FUZZ_SEED (default below) makes a run reproducible; FUZZ_BUDGET is the number of cases per
 * operation that reach its handler (default 10; the dispatcher checks, one per typed parameter,
 * required field and body kind, are always sent on top; raise it for long runs); FUZZ_OPS limits
 * the run to a comma-separated list of operationIds; FUZZ_REPORT=<file> writes one JSON line per
 * request.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationId } from '../../generated/operations';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { bootstrapAdmin, createUser, expectNoViolations, login, uniqueUser } from '../helpers/fixtures';
import {
  anonymousFindings,
  baselineFindings,
  dispatcherFindings,
  errorFindings,
  leakFindings,
  replayFindings,
  reportLines,
  runCampaign,
  serverErrors,
  sessionFindings,
  summary,
  violationFindings,
  type Campaign,
} from './fuzzRunner';

const SEED = process.env.FUZZ_SEED || 'mmts-fuzz-1';
const BUDGET = Math.max(1, Number(process.env.FUZZ_BUDGET) || 10);
const ONLY = process.env.FUZZ_OPS ? (process.env.FUZZ_OPS.split(',').map((s) => s.trim()) as OperationId[]) : undefined;

function report(title: string, lines: string[]): string {
  return `${lines.length} ${title} (FUZZ_SEED=${SEED} FUZZ_BUDGET=${BUDGET}):\n${lines.join('\n')}`;
}

describe('fuzz: every operation of the spec', () => {
  let t: TestServer;
  let campaign: Campaign;

  beforeAll(
    async () => {
      t = await startTestServer();
      const { token: adminToken } = await bootstrapAdmin(t);
      const user = await createUser(t, uniqueUser('fuzzer'), adminToken);
      const userToken = await login(t, user.username, user.password);
      campaign = await runCampaign(t, { seed: SEED, budget: BUDGET, selfId: user.id, userToken, adminToken, only: ONLY });
      console.log(summary(campaign).join('\n'));
      if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, `${reportLines(campaign).join('\n')}\n`);
    },
    Math.max(300_000, BUDGET * 60_000),
  );
  afterAll(() => t?.close());

  it('answers no 5xx, apart from 501 for operations still bound to notImplemented', () => {
    const found = serverErrors(campaign.results);
    expect(found.length, report('5xx answers (a 501 Mattermost answers too belongs in EXPECTED_501 of fuzzPolicy.ts, with its reason)', found)).toBe(0);
  });

  it('refuses anonymous callers of session operations with 401 session_expired', () => {
    const found = anonymousFindings(campaign.results);
    expect(found.length, report('anonymous calls not refused with 401', found)).toBe(0);
  });

  it('refuses wrong-typed parameters, missing required fields, malformed and oversize bodies in the dispatcher', () => {
    const found = dispatcherFindings(campaign.results);
    expect(found.length, report('malformed requests not refused as expected', found)).toBe(0);
  });

  it('lets well-formed requests (JSON, multipart, form) through to their handler', () => {
    const found = baselineFindings(campaign.results);
    expect(found.length, report('well-formed requests refused by validation for a missing body', found)).toBe(0);
  });

  it('answers every request as the spec says (AppError errors, declared statuses, response schemas)', () => {
    const found = violationFindings(campaign.results);
    expect(found.length, report('response-check violations', found)).toBe(0);
    expectNoViolations(t);
  });

  it('answers every request in time, without transport errors', () => {
    const found = [...campaign.generatorErrors, ...errorFindings(campaign.results)];
    expect(found.length, report('requests that threw or timed out', found)).toBe(0);
  });

  it('keeps both test users logged in through the campaign', () => {
    const found = sessionFindings(campaign);
    expect(found.length, report('lost sessions (add the culprit to PRE_HANDLER_ONLY or NO_SELF of fuzzPolicy.ts, or fix it)', found)).toBe(0);
  });

  it('never lets the regular user through an admin-only operation', () => {
    const found = leakFindings(campaign);
    expect(found.length, report('leaks', found)).toBe(0);
  });

  it("answers the admin differently where the regular user gets 403", () => {
    const found = replayFindings(campaign);
    expect(found.length, report('403s the admin gets too', found)).toBe(0);
  });

  it('leaves Object.prototype alone', () => {
    expect(({} as Record<string, unknown>).fuzzPolluted).toBeUndefined();
  });

  it('covers every operation', () => {
    const covered = new Set(campaign.results.map((r) => r.case.operationId));
    expect(covered.size).toBe(campaign.operations);
  });
});
