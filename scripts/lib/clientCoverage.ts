/**
 * Client coverage: does our spec route every endpoint the official JS client (Client4 of
 * @mattermost/client) calls, and does it keep every operation of the published spec under
 * the same operationId, method and path? Shared by `scripts/client-coverage.ts` (CLI report)
 * and `tests/conformance/clientCoverage.test.ts` (the same check as a vitest test).
 *
 * Inputs, relative to the repository root's parent (`../shared/reference/`):
 *   client4-endpoints.tsv  client4_method, http_method, path_template, in_spec
 *   operations.tsv         method, path, operationId, tag, summary (the published spec)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operations, type OperationId } from '../../generated/operations';
import { OperationRouter } from '../../server/http/router';
import { projectRoot } from '../../server/paths';

export const referenceDir = process.env.MM_REFERENCE_DIR ?? join(projectRoot, '..', 'shared', 'reference');
export const clientEndpointsFile = join(referenceDir, 'client4-endpoints.tsv');
export const publishedOperationsFile = join(referenceDir, 'operations.tsv');

/**
 * Client endpoints we deliberately do not route, each with its reason. Keyed by
 * `client4_method METHOD path_template` as the TSV spells them.
 */
export const CLIENT_EXCEPTIONS: Readonly<Record<string, string>> = {
  'getAppsBindings GET /plugins/com.mattermost.apps/api/v1/bindings':
    'served by the Apps plugin (com.mattermost.apps), not by the server; plugin HTTP routes are outside the API v4 spec',
  'getAppsBotIDs GET /plugins/com.mattermost.apps/api/v1/bot-ids': 'served by the Apps plugin, not by the server',
  'executeAppCall POST /plugins/com.mattermost.apps/api/v1/call': 'served by the Apps plugin, not by the server',
  'getMarketplaceApps GET /plugins/com.mattermost.apps/api/v1/marketplace': 'served by the Apps plugin, not by the server',
  'getAppsOAuthAppIDs GET /plugins/com.mattermost.apps/api/v1/oauth-app-ids': 'served by the Apps plugin, not by the server',
  'getCallsChannelState GET /plugins/com.mattermost.calls/{channelId}': 'served by the Calls plugin, not by the server',
  'getSystemEmojiImageUrl GET /static/emoji/{filename}':
    "a static asset of the web app bundle (the client only builds this URL for an <img>), not an API endpoint",
  'getSystemEmojiImageUrl GET /static/emoji/{filename}.png': 'a static asset of the web app bundle, not an API endpoint',
};

/**
 * Differences from the published spec that our spec makes on purpose (its known defects),
 * keyed by `METHOD path operationId` as operations.tsv spells them.
 */
export const PUBLISHED_DIFFERENCES: Readonly<Record<string, string>> = {
  'GET /teams/{team_id}/commands/autocomplete_suggestions ListCommandAutocompleteSuggestions':
    'the published path lacks the /api/v4 prefix; ours has it, as Mattermost serves it',
  'DELETE /api/v4/users/{user_id}/posts/{post_id}/ack SaveAcknowledgementForPost':
    'the published spec reuses the POST operationId; ours is DeleteAcknowledgementForPost',
  'PUT /api/v4/users/{user_id}/teams/{team_id}/threads/{thread_id}/set_unread/{post_id} SetThreadUnreadByPostId':
    'published as PUT; Mattermost serves it as POST, and so does our spec',
  'GET /api/v4/files/{file_id}/public GetFilePublic':
    'Mattermost serves public file links at the site root (/files/{file_id}/public, api4/file.go registers it on BaseRoutes.Root), not under /api/v4; our spec follows the server',
};

export interface ClientEndpoint {
  client4Method: string;
  httpMethod: string;
  pathTemplate: string;
  inSpec: string;
  /** The concrete path sent to the router (placeholders substituted, `{syncableType}s` expanded). */
  path: string;
}

export type ClientOutcome =
  | { kind: 'routed'; operationId: OperationId }
  | { kind: 'unrouted'; status: 404 | 405; reason: string };

export interface ClientResult extends ClientEndpoint {
  outcome: ClientOutcome;
  /** Reason from CLIENT_EXCEPTIONS when this endpoint is a documented exception. */
  exception?: string;
}

export interface PublishedOperation {
  method: string;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
}

export interface PublishedResult {
  published: PublishedOperation;
  /** Empty when our spec has the same operationId on the same method and path. */
  problems: string[];
  /** Reason from PUBLISHED_DIFFERENCES when the difference is intended. */
  justified?: string;
}

export interface CoverageReport {
  available: boolean;
  missingFiles: string[];
  clients: ClientResult[];
  published: PublishedResult[];
  /** Unrouted client endpoints that are not documented exceptions. */
  clientFailures: ClientResult[];
  /** Published operations that differ from ours without a documented reason. */
  publishedFailures: PublishedResult[];
  /** Documented exceptions that did route after all (the exception can go). */
  staleExceptions: string[];
}

function readTsv(file: string): Record<string, string>[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** A recognisable sample value per placeholder, so that captured literals stand out. */
function sampleValue(name: string, index: number): string {
  const lower = name.toLowerCase();
  if (lower === 'email') return 'someone@example.com';
  if (lower === 'filename') return 'sample';
  // 26 characters of [a-z0-9], unique per placeholder position
  return `smpl${index}`.padEnd(26, 'q');
}

/** Expands `{syncableType}s` into teams and channels, then substitutes every placeholder. */
export function concretePaths(template: string): string[] {
  const expanded = template.includes('{syncableType}s')
    ? [template.replaceAll('{syncableType}s', 'teams'), template.replaceAll('{syncableType}s', 'channels')]
    : [template];
  return expanded.map((t) => {
    let i = 0;
    return t.replace(/\{([^}]+)\}/g, (_m, name: string) => sampleValue(name, i++));
  });
}

export function loadClientEndpoints(file = clientEndpointsFile): ClientEndpoint[] {
  const out: ClientEndpoint[] = [];
  for (const row of readTsv(file)) {
    for (const path of concretePaths(row.path_template)) {
      out.push({ client4Method: row.client4_method, httpMethod: row.http_method.toUpperCase(), pathTemplate: row.path_template, inSpec: row.in_spec, path });
    }
  }
  return out;
}

export function loadPublishedOperations(file = publishedOperationsFile): PublishedOperation[] {
  return readTsv(file).map((r) => ({ method: r.method.toUpperCase(), path: r.path, operationId: r.operationId, tag: r.tag, summary: r.summary }));
}

const SAMPLE = /^smpl\d+q*$/;
const isSample = (value: string) => SAMPLE.test(value) || value === 'someone@example.com' || value === 'sample';

/**
 * Routes one concrete client path. A match only counts when every parameter our template
 * captured came from a client placeholder (or is the literal `me` where the client says
 * `me`): a client literal swallowed by one of our parameters (`/users/known` read as
 * GetUser with user_id=known) means the client's route is missing, not routed.
 */
export function routeClientEndpoint(router: OperationRouter, method: string, path: string): ClientOutcome {
  const match = router.match(method, path);
  if (match === undefined) return { kind: 'unrouted', status: 404, reason: 'no path matches' };
  if (match === 'method') return { kind: 'unrouted', status: 405, reason: `the path exists, not for ${method}` };
  const swallowed = Object.entries(match.params).filter(([name, value]) => !isSample(value) && !(value === 'me' && /user/i.test(name)));
  if (swallowed.length > 0) {
    const what = swallowed.map(([name, value]) => `'${value}' taken as {${name}}`).join(', ');
    return { kind: 'unrouted', status: 404, reason: `only a template of ${match.operationId} matches (${what})` };
  }
  return { kind: 'routed', operationId: match.operationId };
}

function ourOperationsById(): Map<string, { method: string; path: string }> {
  const map = new Map<string, { method: string; path: string }>();
  for (const [id, op] of Object.entries(operations)) map.set(id, { method: op.method.toUpperCase(), path: op.path });
  return map;
}

export function comparePublished(published: PublishedOperation[]): PublishedResult[] {
  const ours = ourOperationsById();
  const byMethodPath = new Map<string, string>();
  for (const [id, op] of ours) byMethodPath.set(`${op.method} ${op.path}`, id);
  return published.map((p) => {
    const problems: string[] = [];
    const mine = ours.get(p.operationId);
    if (!mine) problems.push(`operationId ${p.operationId} is not in our spec`);
    else {
      if (mine.method !== p.method) problems.push(`method: published ${p.method}, ours ${mine.method}`);
      if (mine.path !== p.path) problems.push(`path: published ${p.path}, ours ${mine.path}`);
    }
    if (problems.length > 0) {
      const atSamePlace = byMethodPath.get(`${p.method} ${p.path}`);
      if (atSamePlace && atSamePlace !== p.operationId) problems.push(`our ${p.method} ${p.path} is ${atSamePlace}`);
    }
    const justified = problems.length > 0 ? PUBLISHED_DIFFERENCES[`${p.method} ${p.path} ${p.operationId}`] : undefined;
    return { published: p, problems, justified };
  });
}

export function clientCoverage(opts: { clientFile?: string; publishedFile?: string } = {}): CoverageReport {
  const clientFile = opts.clientFile ?? clientEndpointsFile;
  const publishedFile = opts.publishedFile ?? publishedOperationsFile;
  const missingFiles = [clientFile, publishedFile].filter((f) => !existsSync(f));
  if (missingFiles.length > 0) {
    return { available: false, missingFiles, clients: [], published: [], clientFailures: [], publishedFailures: [], staleExceptions: [] };
  }
  const router = new OperationRouter();
  const clients: ClientResult[] = loadClientEndpoints(clientFile).map((e) => {
    const key = `${e.client4Method} ${e.httpMethod} ${e.pathTemplate}`;
    return { ...e, outcome: routeClientEndpoint(router, e.httpMethod, e.path), exception: CLIENT_EXCEPTIONS[key] };
  });
  const published = comparePublished(loadPublishedOperations(publishedFile));
  const staleExceptions = Object.keys(CLIENT_EXCEPTIONS).filter((key) => {
    const rows = clients.filter((c) => `${c.client4Method} ${c.httpMethod} ${c.pathTemplate}` === key);
    return rows.length === 0 || rows.every((c) => c.outcome.kind === 'routed');
  });
  return {
    available: true,
    missingFiles,
    clients,
    published,
    clientFailures: clients.filter((c) => c.outcome.kind === 'unrouted' && !c.exception),
    publishedFailures: published.filter((p) => p.problems.length > 0 && !p.justified),
    staleExceptions,
  };
}

/** The report as text lines (what the CLI prints; the test prints the failing part). */
export function formatReport(r: CoverageReport): string[] {
  if (!r.available) return [`client coverage: reference files absent (${r.missingFiles.join(', ')}); nothing checked`];
  const lines: string[] = [];
  const routed = r.clients.filter((c) => c.outcome.kind === 'routed');
  const unrouted = r.clients.filter((c) => c.outcome.kind === 'unrouted');
  const excepted = unrouted.filter((c) => c.exception);
  const distinctOps = new Set(routed.map((c) => (c.outcome as { operationId: string }).operationId));
  lines.push(`Client4 endpoints (${clientEndpointsFile}):`);
  lines.push(`  ${r.clients.length} requests (after expanding {syncableType}s), ${routed.length} routed to ${distinctOps.size} operations, ${unrouted.length} not routed (${excepted.length} documented exceptions)`);
  const notInPublished = routed.filter((c) => c.inSpec !== 'yes' && c.inSpec !== 'n/a').length;
  lines.push(`  ${notInPublished} routed endpoints are absent from the published spec (in_spec != yes) and present in ours`);
  if (r.clientFailures.length > 0) {
    lines.push(`  MISSING (${r.clientFailures.length}):`);
    for (const c of r.clientFailures) {
      const o = c.outcome as { status: number; reason: string };
      lines.push(`    ${c.client4Method.padEnd(40)} ${c.httpMethod.padEnd(6)} ${c.pathTemplate}  -> ${o.status}: ${o.reason}`);
    }
  }
  if (excepted.length > 0) {
    lines.push(`  documented exceptions:`);
    for (const c of excepted) lines.push(`    ${c.client4Method} ${c.httpMethod} ${c.pathTemplate}: ${c.exception}`);
  }
  for (const key of r.staleExceptions) lines.push(`  stale exception (now routed or gone, remove it): ${key}`);

  const same = r.published.filter((p) => p.problems.length === 0).length;
  const justified = r.published.filter((p) => p.problems.length > 0 && p.justified);
  lines.push(`Published operations (${publishedOperationsFile}):`);
  lines.push(`  ${r.published.length} operations, ${same} identical in our spec (operationId, method, path), ${justified.length} intended differences, ${r.publishedFailures.length} unexpected differences`);
  for (const p of justified) lines.push(`    intended: ${p.published.method} ${p.published.path} ${p.published.operationId}: ${p.justified}`);
  for (const p of r.publishedFailures) lines.push(`    DIFFERS: ${p.published.method} ${p.published.path} ${p.published.operationId}: ${p.problems.join('; ')}`);
  return lines;
}
