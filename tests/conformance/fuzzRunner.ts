/**
 * Runs the fuzz campaign against a test server and turns its answers into grouped findings:
 * each check returns every offending (operationId, case, request, status, error id) so a
 * failing test lists them all instead of stopping at the first.
 */
import { operations, type OperationId } from '../../generated/operations';
import { handlers } from '../../handlers';
import { notImplemented } from '../../handlers/notImplemented';
import { loadSpec } from '../../server/createServer';
import { OperationRouter } from '../../server/http/router';
import type { TestServer } from '../helpers/testServer';
import type { Violation } from '../helpers/responseCheck';
import { ERR, OperationFuzzer, type Category, type FuzzCase } from './fuzzCases';
import { ADMIN_ONLY, EXPECTED_501, EXPECTED_501_PATTERNS, NO_ADMIN_REPLAY, PRE_HANDLER_ONLY, REQUEST_TIMEOUT_MS } from './fuzzPolicy';
import { SpecView } from './fuzzSchema';

export interface Caller {
  token?: string;
  label: 'anonymous' | 'user' | 'admin';
}

export interface CaseResult {
  case: FuzzCase;
  caller: Caller['label'];
  status: number;
  id: string;
  message: string;
  ms: number;
  violations: Violation[];
  /** The request threw or timed out. */
  error?: string;
}

export interface AdminReplay {
  user: CaseResult;
  admin: CaseResult;
}

export interface Campaign {
  seed: string;
  budget: number;
  operations: number;
  results: CaseResult[];
  replays: AdminReplay[];
  /** Problems found by the explicit config leak checks (before and after the campaign). */
  configLeaks: string[];
  /** Test users whose session did not survive the campaign. */
  lostSessions: string[];
  /** Operations whose cases could not be built (a bug of the suite). */
  generatorErrors: string[];
  ms: number;
}

export interface CampaignOptions {
  seed: string;
  budget: number;
  selfId: string;
  userToken: string;
  adminToken: string;
  /** Restrict to these operations (default: all). */
  only?: OperationId[];
  log?: (line: string) => void;
}

export function isNotImplemented(operationId: OperationId): boolean {
  return (handlers[operationId] as unknown) === notImplemented;
}

async function send(t: TestServer, c: FuzzCase, caller: Caller): Promise<CaseResult> {
  const before = t.checker.violations.length;
  const started = performance.now();
  const headers: Record<string, string> = {};
  if (c.request.contentType) headers['Content-Type'] = c.request.contentType;
  let timer: NodeJS.Timeout | undefined;
  try {
    const res = await Promise.race([
      t.request(c.request.method, c.request.path, { rawBody: c.request.body, token: caller.token, headers }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${REQUEST_TIMEOUT_MS} ms`)), REQUEST_TIMEOUT_MS);
      }),
    ]);
    const body = res.body && typeof res.body === 'object' ? (res.body as Record<string, unknown>) : {};
    return {
      case: c,
      caller: caller.label,
      status: res.status,
      id: typeof body.id === 'string' && res.status >= 400 ? body.id : '',
      message: typeof body.message === 'string' && res.status >= 400 ? body.message : '',
      ms: performance.now() - started,
      violations: t.checker.violations.slice(before),
    };
  } catch (err) {
    return { case: c, caller: caller.label, status: 0, id: '', message: '', ms: performance.now() - started, violations: t.checker.violations.slice(before), error: String((err as Error)?.message ?? err) };
  } finally {
    clearTimeout(timer);
  }
}

/** Admin replays only use requests whose path values are plain samples, never hostile strings (see NO_ADMIN_REPLAY). */
const REPLAYABLE: ReadonlySet<Category> = new Set(['baseline', 'unknown-id', 'invalid-id']);

function replayable(r: CaseResult): boolean {
  const c = r.case;
  if (r.status !== 403 || r.caller !== 'user' || c.routedTo !== c.operationId || !REPLAYABLE.has(c.category)) return false;
  if (c.operationId in PRE_HANDLER_ONLY || c.operationId in NO_ADMIN_REPLAY) return false;
  return c.request.method === 'GET' && c.namesOnlySelf;
}

export async function runCampaign(t: TestServer, opts: CampaignOptions): Promise<Campaign> {
  const started = performance.now();
  const view = new SpecView(loadSpec());
  const router = new OperationRouter();
  const payloadLimit = t.running.context.config.get().ServiceSettings.MaximumPayloadSizeBytes;
  const ids = (opts.only ?? (Object.keys(operations) as OperationId[])).slice().sort();
  const user: Caller = { token: opts.userToken, label: 'user' };
  const admin: Caller = { token: opts.adminToken, label: 'admin' };
  const anonymous: Caller = { label: 'anonymous' };

  const configLeaks = (await configLeakChecks(t, opts.adminToken, opts.userToken)).map((p) => `before the campaign: ${p}`);
  const results: CaseResult[] = [];
  const generatorErrors: string[] = [];
  for (const operationId of ids) {
    let anonymousCase: FuzzCase;
    let cases: FuzzCase[];
    try {
      const fuzzer = new OperationFuzzer({ view, router, seed: opts.seed, budget: opts.budget, selfId: opts.selfId, payloadLimit }, view.operation(operationId));
      anonymousCase = fuzzer.anonymousCase();
      cases = fuzzer.cases();
    } catch (err) {
      // a bug of the suite, not of the server: reported, and the campaign goes on
      generatorErrors.push(`${operationId}: building its cases threw ${String((err as Error)?.stack ?? err)}`);
      continue;
    }
    results.push(await send(t, anonymousCase, anonymous));
    for (const c of cases) results.push(await send(t, c, user));
  }

  const replays: AdminReplay[] = [];
  const replayed = new Set<OperationId>();
  for (const r of results) {
    if (replayed.has(r.case.operationId) || !replayable(r)) continue;
    replayed.add(r.case.operationId);
    replays.push({ user: r, admin: await send(t, r.case, admin) });
  }
  configLeaks.push(...(await configLeakChecks(t, opts.adminToken, opts.userToken)).map((p) => `after the campaign: ${p}`));
  const lostSessions: string[] = [];
  for (const caller of [user, admin]) {
    const me = await t.request('GET', '/api/v4/users/me', { token: caller.token });
    if (me.status !== 200 || me.body?.id === undefined) lostSessions.push(`${caller.label}: GET /api/v4/users/me -> ${me.status} ${me.body?.id ?? ''}`);
  }

  return { seed: opts.seed, budget: opts.budget, operations: ids.length, results, replays, configLeaks, lostSessions, generatorErrors, ms: performance.now() - started };
}

/**
 * The config endpoints, explicitly: the regular user must be refused (403) by each, and the
 * admin's answer to the same request must differ. Writes use an invalid config
 * (FileSettings.MaxFileSize = 0) so that even the admin's call changes nothing.
 */
export async function configLeakChecks(t: TestServer, adminToken: string, userToken: string): Promise<string[]> {
  const problems: string[] = [];
  const current = await t.request('GET', '/api/v4/config', { token: adminToken });
  if (current.status !== 200) return [`admin GET /api/v4/config answered ${current.status} ${current.body?.id ?? ''}`];
  const maxFileSize = current.body.FileSettings?.MaxFileSize;
  const invalidConfig = structuredClone(current.body);
  invalidConfig.FileSettings.MaxFileSize = 0;
  const checks: { label: string; method: string; path: string; body?: unknown; adminStatus: (s: number, id: string) => boolean }[] = [
    { label: 'GET /api/v4/config', method: 'GET', path: '/api/v4/config', adminStatus: (s) => s === 200 },
    { label: 'PUT /api/v4/config (invalid config)', method: 'PUT', path: '/api/v4/config', body: invalidConfig, adminStatus: (s, id) => s === 400 && id.startsWith('model.config.is_valid') },
    {
      label: 'PUT /api/v4/config/patch (invalid patch)',
      method: 'PUT',
      path: '/api/v4/config/patch',
      body: { FileSettings: { MaxFileSize: 0 } },
      adminStatus: (s, id) => s === 400 && id.startsWith('model.config.is_valid'),
    },
    { label: 'POST /api/v4/config/reload', method: 'POST', path: '/api/v4/config/reload', adminStatus: (s) => s === 200 },
  ];
  for (const c of checks) {
    const u = await t.request(c.method, c.path, { token: userToken, body: c.body });
    const a = await t.request(c.method, c.path, { token: adminToken, body: c.body });
    const uid = u.status >= 400 ? String(u.body?.id ?? '') : '';
    const aid = a.status >= 400 ? String(a.body?.id ?? '') : '';
    if (u.status >= 200 && u.status < 300) problems.push(`LEAK: regular user got ${u.status} from ${c.label}`);
    else if (u.status !== 403 || uid !== ERR.permissions) problems.push(`regular user: ${c.label} -> ${u.status} ${uid} (expected 403 ${ERR.permissions})`);
    if (u.status === a.status && uid === aid) problems.push(`admin answered ${c.label} exactly as the regular user: ${a.status} ${aid}`);
    if (!c.adminStatus(a.status, aid)) problems.push(`admin: ${c.label} -> ${a.status} ${aid} (unexpected)`);
  }
  const after = await t.request('GET', '/api/v4/config', { token: adminToken });
  if (after.body?.FileSettings?.MaxFileSize !== maxFileSize) problems.push(`FileSettings.MaxFileSize changed from ${maxFileSize} to ${after.body?.FileSettings?.MaxFileSize}`);
  return problems;
}

// ---------------------------------------------------------------- findings

export function describeResult(r: CaseResult): string {
  const c = r.case;
  const path = c.request.path.length > 160 ? `${c.request.path.slice(0, 150)}...(${c.request.path.length} chars)` : c.request.path;
  const body = c.request.body === undefined ? '' : ` body=${c.request.body.length > 80 ? `${JSON.stringify(c.request.body.slice(0, 70))}...(${c.request.body.length} bytes)` : JSON.stringify(c.request.body)}`;
  const routed = c.routedTo === c.operationId ? '' : ` (routed to ${c.routedTo})`;
  const answer = r.error ? `ERROR ${r.error}` : `${r.status} ${r.id}`;
  return `${c.operationId} [${r.caller} ${c.category}: ${c.note}] ${c.request.method} ${path}${routed}${body} -> ${answer}`;
}

/** Status >= 500, except 501 from an operation bound to notImplemented (or an EXPECTED_501). */
export function serverErrors(results: CaseResult[]): string[] {
  // A 501 Mattermost itself answers belongs in EXPECTED_501 (fuzzPolicy.ts), with its reason.
  return results
    .filter((r) => {
      if (r.status < 500) return false;
      if (r.status !== 501) return true;
      const op = r.case.routedTo;
      if (op === '404' || op === '405') return true;
      if (r.id === ERR.notImplemented) return !isNotImplemented(op);
      return !(`${op} ${r.id}` in EXPECTED_501) && !EXPECTED_501_PATTERNS.some((p) => p.pattern.test(r.id));
    })
    .map(describeResult);
}

/** Anonymous calls of operations that need a session must answer 401 session_expired. */
export function anonymousFindings(results: CaseResult[]): string[] {
  return results.filter((r) => r.case.anonymous && r.case.expect && !meets(r)).map((r) => `${describeResult(r)} (expected 401 ${ERR.sessionExpired})`);
}

function meets(r: CaseResult): boolean {
  const e = r.case.expect!;
  return r.status === e.status && e.ids.includes(r.id) && (!e.names || r.message.includes(e.names));
}

/** Requests the dispatcher must refuse itself (400 / 413) before any handler. */
export function dispatcherFindings(results: CaseResult[]): string[] {
  return results
    .filter((r) => !r.case.anonymous && r.case.expect && !r.error && !meets(r))
    .map((r) => {
      const e = r.case.expect!;
      return `${describeResult(r)} (expected ${e.status} ${e.ids.join('|')}${e.names ? ` naming ${e.names}` : ''}; message: ${r.message})`;
    });
}

/**
 * A well-formed request (the baseline built from the spec) must reach its handler: a 400 that
 * names `requestBody` comes from the dispatcher's validation, which did not get the body sent.
 */
export function baselineFindings(results: CaseResult[]): string[] {
  return results
    .filter((r) => r.case.category === 'baseline' && r.status === 400 && /requestBody/.test(r.message))
    .map((r) => `${describeResult(r)} (message: ${r.message})`);
}

/** Response-check violations (AppError shape, declared statuses, response schemas), per case. */
export function violationFindings(results: CaseResult[]): string[] {
  return results.flatMap((r) => r.violations.map((v) => `${describeResult(r)}: ${v.problem}`));
}

/**
 * The test users stay logged in: a token-bearing request answered 401 session_expired means
 * an earlier case revoked the session (the request before the first one is the suspect).
 */
export function sessionFindings(c: Campaign): string[] {
  const out = [...c.lostSessions];
  const first = c.results.findIndex((r) => r.caller === 'user' && r.status === 401 && r.id === ERR.sessionExpired);
  if (first >= 0) {
    out.push(`the regular user's session was lost; first refused: ${describeResult(c.results[first])}`);
    const before = c.results.slice(0, first).reverse().find((r) => r.caller === 'user');
    if (before) out.push(`  the request before it: ${describeResult(before)}`);
  }
  return out;
}

export function errorFindings(results: CaseResult[]): string[] {
  return results.filter((r) => r.error).map(describeResult);
}

/** The regular user never gets a 2xx from an admin-only operation. */
export function leakFindings(c: Campaign): string[] {
  const admin = new Set<string>(ADMIN_ONLY);
  const leaks = c.results
    .filter((r) => r.caller === 'user' && admin.has(r.case.routedTo) && r.status >= 200 && r.status < 300)
    .map((r) => `LEAK: ${describeResult(r)}`);
  return [...c.configLeaks, ...leaks];
}

/** Where the regular user got 403, the admin's answer to the same request must differ. */
export function replayFindings(c: Campaign): string[] {
  return c.replays
    .filter(({ user, admin }) => admin.error || (admin.status === user.status && admin.id === user.id))
    .map(({ admin }) => `${describeResult(admin)} (the regular user got the same answer)`);
}

export function summary(c: Campaign): string[] {
  const byCategory = new Map<string, number>();
  const byStatus = new Map<number, number>();
  const slow = new Map<string, number>();
  for (const r of c.results) {
    byCategory.set(r.case.category, (byCategory.get(r.case.category) ?? 0) + 1);
    byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
    slow.set(r.case.operationId, (slow.get(r.case.operationId) ?? 0) + r.ms);
  }
  const implemented = (Object.keys(operations) as OperationId[]).filter((id) => !isNotImplemented(id)).length;
  const slowest = [...slow].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return [
    `fuzz: seed=${c.seed} budget=${c.budget} per operation; ${c.operations} operations (${implemented} implemented), ${c.results.length} requests + ${c.replays.length} admin replays in ${(c.ms / 1000).toFixed(1)} s`,
    `  by category: ${[...byCategory].map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  by status: ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(' ')}`,
    `  slowest operations: ${slowest.map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}`,
  ];
}

/** One JSON line per request (FUZZ_REPORT=<file>), to study a run or diff two seeds. */
export function reportLines(c: Campaign): string[] {
  const rows = [...c.results, ...c.replays.map((r) => r.admin)].map((r) => ({
    operationId: r.case.operationId,
    caller: r.caller,
    category: r.case.category,
    note: r.case.note,
    method: r.case.request.method,
    path: r.case.request.path.length > 500 ? `${r.case.request.path.slice(0, 500)}...` : r.case.request.path,
    body: r.case.request.body && r.case.request.body.length > 500 ? `${r.case.request.body.slice(0, 500)}...` : r.case.request.body,
    routedTo: r.case.routedTo,
    status: r.status,
    id: r.id,
    ms: Math.round(r.ms),
    error: r.error,
    violations: r.violations.map((v) => v.problem),
  }));
  return rows.map((row) => JSON.stringify(row));
}
