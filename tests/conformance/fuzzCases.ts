/**
 * Builds the fuzz cases of one operation from its spec: a well-formed baseline, the
 * systematic mutations (wrong-typed parameters, missing required fields, malformed JSON,
 * wrong JSON type, invalid and unknown ids, oversize strings and bodies), then seeded random
 * mutations up to the budget. Cases the dispatcher must refuse before any handler carry the
 * exact answer they expect.
 */
import type { OperationId } from '../../generated/operations';
import { OperationRouter } from '../../server/http/router';
import { NO_SELF, PRE_HANDLER_ONLY } from './fuzzPolicy';
import {
  OVERSIZE_STRING_LENGTH,
  Rng,
  hash32,
  hostileJson,
  hostileStrings,
  paramString,
  sampleValue,
  wrongTypeValue,
  type OperationSpec,
  type SampleContext,
  type SpecView,
} from './fuzzSchema';

export type Category =
  | 'anonymous'
  | 'baseline'
  | 'param-type'
  | 'missing-required'
  | 'malformed-json'
  | 'wrong-json-type'
  | 'invalid-id'
  | 'unknown-id'
  | 'oversize-string'
  | 'nul-byte'
  | 'extreme-number'
  | 'oversize-body'
  | 'malformed-body'
  | 'random';

/** The order in which categories share the budget (round robin, one of each first). */
const CATEGORY_ORDER: Category[] = [
  'baseline',
  'malformed-json',
  'oversize-body',
  'wrong-json-type',
  'param-type',
  'missing-required',
  'invalid-id',
  'unknown-id',
  'oversize-string',
  'nul-byte',
  'extreme-number',
  'malformed-body',
];

/** Categories the dispatcher answers by itself (the only ones PRE_HANDLER_ONLY operations get). */
const PRE_HANDLER: ReadonlySet<Category> = new Set(['param-type', 'malformed-json', 'wrong-json-type', 'oversize-body']);

/** Categories whose cases with an expectation are all sent, outside the budget. */
const DISPATCHER_CATEGORIES: ReadonlySet<Category> = new Set([...PRE_HANDLER, 'missing-required']);

export const ERR = {
  sessionExpired: 'api.context.session_expired.app_error',
  urlParam: 'api.context.invalid_url_param.app_error',
  bodyParam: 'api.context.invalid_body_param.app_error',
  tooLarge: 'api.context.request_body_too_large.app_error',
  notImplemented: 'api.context.not_implemented.app_error',
  permissions: 'api.context.permissions.app_error',
} as const;

export interface FuzzRequest {
  method: string;
  /** Path and query string, as sent. */
  path: string;
  body?: string;
  contentType?: string;
}

export interface Expectation {
  status: number;
  ids: string[];
  /** The error message must name this parameter. */
  names?: string;
}

export interface FuzzCase {
  operationId: OperationId;
  category: Category;
  note: string;
  anonymous: boolean;
  request: FuzzRequest;
  /** The operation the router sends this request to (a mutated path may land elsewhere). */
  routedTo: OperationId | '404' | '405';
  expect?: Expectation;
  /** A path parameter names the calling user (its id or `me`). */
  touchesSelf: boolean;
  /** No path parameter names anything but the calling user (or there is none). */
  namesOnlySelf: boolean;
}

export interface CaseEnv {
  view: SpecView;
  router: OperationRouter;
  seed: string;
  budget: number;
  /** The regular user's id. */
  selfId: string;
  /** ServiceSettings.MaximumPayloadSizeBytes of the server under test. */
  payloadLimit: number;
}

interface Draft {
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  /** JSON value (json bodies), field map (multipart / form), or a raw text. */
  body?: { kind: 'json'; value: unknown } | { kind: 'raw'; text: string; contentType: string } | { kind: 'fields'; value: Record<string, unknown> };
}

const isUserParam = (name: string) => name === 'user_id' || name === 'userId' || name === 'userID';

export class OperationFuzzer {
  readonly rng: Rng;
  private readonly noSelf: boolean;

  constructor(
    private readonly env: CaseEnv,
    readonly op: OperationSpec,
  ) {
    this.rng = new Rng(hash32(`${env.seed}/${op.operationId}`));
    this.noSelf = op.operationId in NO_SELF;
  }

  private ctx(random: boolean): SampleContext {
    return { rng: this.rng, userId: this.noSelf ? this.rng.id() : this.env.selfId, random };
  }

  /** A well-formed request; with `random`, optional parameters and fields come and go. */
  draft(random: boolean): Draft {
    const d: Draft = { path: {}, query: {} };
    for (const p of this.op.params) {
      if (p.in === 'path') {
        const ctx = this.ctx(random);
        d.path[p.name] = isUserParam(p.name) ? (this.noSelf ? this.rng.id() : random && this.rng.chance(0.3) ? 'me' : this.env.selfId) : paramString(sampleValue(this.env.view, p.schema, p.name, ctx));
      } else if (p.required || (random && this.rng.chance(0.5))) {
        d.query[p.name] = paramString(sampleValue(this.env.view, p.schema, p.name, this.ctx(random)));
      }
    }
    const b = this.op.body;
    if (b && this.op.bodyKind !== 'none' && (b.required || !random || this.rng.chance(0.7))) {
      const value = sampleValue(this.env.view, b.schema, 'body', this.ctx(random));
      d.body = b.contentType === 'application/json' ? { kind: 'json', value } : { kind: 'fields', value: (value ?? {}) as Record<string, unknown> };
    }
    return d;
  }

  /** Turns a draft into the request as sent, and where the router sends it. */
  private build(d: Draft): { request: FuzzRequest; routedTo: FuzzCase['routedTo']; touchesSelf: boolean; namesOnlySelf: boolean } {
    let touchesSelf = false;
    let namesOnlySelf = true;
    const path = this.op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const value = d.path[name] ?? '';
      if (value === this.env.selfId || value === 'me') touchesSelf = true;
      else namesOnlySelf = false;
      return encodeURIComponent(value);
    });
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(d.query)) for (const one of Array.isArray(v) ? v : [v]) qs.append(k, one);
    const query = qs.toString();
    const request: FuzzRequest = { method: this.op.method, path: query ? `${path}?${query}` : path };
    if (d.body && this.op.method !== 'GET' && this.op.method !== 'HEAD') {
      if (d.body.kind === 'json') {
        request.body = JSON.stringify(d.body.value) ?? 'null';
        request.contentType = 'application/json';
      } else if (d.body.kind === 'raw') {
        request.body = d.body.text;
        request.contentType = d.body.contentType;
      } else if (this.op.body?.contentType === 'application/x-www-form-urlencoded') {
        const form = new URLSearchParams();
        const fields = d.body.value && typeof d.body.value === 'object' ? d.body.value : { fuzz: d.body.value };
        for (const [k, v] of Object.entries(fields)) form.append(k, paramString(v));
        request.body = form.toString();
        request.contentType = 'application/x-www-form-urlencoded';
      } else {
        const boundary = `fuzzboundary${this.rng.int(1e9)}`;
        const fields = d.body.value && typeof d.body.value === 'object' ? d.body.value : { fuzz: d.body.value };
        const parts = Object.entries(fields).map(([k, v]) => {
          const schema = this.env.view.resolve(this.env.view.flatten(this.op.body?.schema).properties?.[k]);
          const file = schema.format === 'binary' || (schema.type === 'array' && this.env.view.resolve(schema.items).format === 'binary');
          const head = file
            ? `Content-Disposition: form-data; name="${k}"; filename="fuzz.txt"\r\nContent-Type: text/plain`
            : `Content-Disposition: form-data; name="${k}"`;
          const value = Array.isArray(v) ? paramString(v[0]) : paramString(v);
          return `--${boundary}\r\n${head}\r\n\r\n${value}\r\n`;
        });
        request.body = `${parts.join('')}--${boundary}--\r\n`;
        request.contentType = `multipart/form-data; boundary=${boundary}`;
      }
    }
    const match = this.env.router.match(request.method, path);
    const routedTo = match === undefined ? '404' : match === 'method' ? '405' : match.operationId;
    return { request, routedTo, touchesSelf, namesOnlySelf };
  }

  private make(category: Category, note: string, d: Draft, expect?: Expectation, anonymous = false): FuzzCase {
    const built = this.build(d);
    // an expectation only holds when the request still reaches this operation
    const keep = built.routedTo === this.op.operationId ? expect : undefined;
    return { operationId: this.op.operationId, category, note, anonymous, ...built, expect: keep };
  }

  anonymousCase(): FuzzCase {
    const d = this.draft(false);
    const expect = this.op.auth ? { status: 401, ids: [ERR.sessionExpired] } : undefined;
    return this.make('anonymous', 'no token', d, expect, true);
  }

  /** The systematic cases, by category. */
  systematic(): Map<Category, FuzzCase[]> {
    const out = new Map<Category, FuzzCase[]>();
    const add = (c: FuzzCase) => out.set(c.category, [...(out.get(c.category) ?? []), c]);
    const { op, env } = this;
    const view = env.view;
    const json = op.bodyKind === 'json' && op.body?.contentType === 'application/json' && op.method !== 'GET';
    const bodySchema = op.body ? view.flatten(op.body.schema) : undefined;
    const bodyType = op.body ? view.declaredType(op.body.schema) : undefined;

    add(this.make('baseline', 'well-formed request from the spec', this.draft(false)));

    for (const p of op.params) {
      const wrong = wrongTypeValue(view.declaredType(p.schema));
      if (!wrong) continue;
      const d = this.draft(false);
      (p.in === 'path' ? d.path : d.query)[p.name] = wrong;
      add(this.make('param-type', `${p.in} ${p.name}=${wrong} (${view.declaredType(p.schema)})`, d, { status: 400, ids: [ERR.urlParam], names: p.name }));
    }

    for (const p of op.params.filter((q) => q.in === 'query' && q.required)) {
      const d = this.draft(false);
      delete d.query[p.name];
      add(this.make('missing-required', `query ${p.name} left out`, d, { status: 400, ids: [ERR.urlParam] }));
    }
    if (json && op.body) {
      if (op.body.required) {
        const d = this.draft(false);
        delete d.body;
        add(this.make('missing-required', 'required body left out', d, { status: 400, ids: [ERR.bodyParam] }));
      }
      if (bodyType === 'object') {
        for (const name of bodySchema?.required ?? []) {
          const d = this.draft(false);
          if (d.body?.kind === 'json' && d.body.value && typeof d.body.value === 'object') delete (d.body.value as Record<string, unknown>)[name];
          add(this.make('missing-required', `body field ${name} left out`, d, { status: 400, ids: [ERR.bodyParam] }));
        }
      }

      const malformed = this.draft(false);
      malformed.body = { kind: 'raw', text: '{"a":', contentType: 'application/json' };
      add(this.make('malformed-json', 'body {"a":', malformed, { status: 400, ids: [ERR.bodyParam] }));

      const wrongType = this.draft(false);
      const text = bodyType === 'array' ? '{}' : '[]';
      wrongType.body = { kind: 'raw', text, contentType: 'application/json' };
      add(this.make('wrong-json-type', `body ${text} for a ${bodyType ?? 'untyped'} schema`, wrongType, bodyType ? { status: 400, ids: [ERR.bodyParam] } : undefined));

      const big = this.draft(false);
      big.body = { kind: 'raw', text: JSON.stringify({ fuzz: 'b'.repeat(env.payloadLimit + 1) }), contentType: 'application/json' };
      add(this.make('oversize-body', `body of ${env.payloadLimit + 12} bytes (limit ${env.payloadLimit})`, big, { status: 413, ids: [ERR.tooLarge] }));
    }
    if (op.bodyKind === 'stream' && op.method !== 'GET') {
      const d = this.draft(false);
      const type = op.body?.contentType === 'multipart/form-data' ? 'multipart/form-data; boundary=fuzzboundary' : (op.body?.contentType ?? 'application/octet-stream');
      d.body = { kind: 'raw', text: '--notTheBoundary\r\ngarbage', contentType: type };
      add(this.make('malformed-body', `garbage ${type.split(';')[0]} body`, d));
    }

    for (const p of op.params.filter((q) => q.in === 'path')) {
      const invalid = this.draft(false);
      invalid.path[p.name] = 'x';
      add(this.make('invalid-id', `path ${p.name}=x`, invalid));
      const baseline = this.draft(false).path[p.name];
      if (baseline.length !== 26 || baseline === env.selfId) {
        const unknown = this.draft(false);
        unknown.path[p.name] = this.rng.id();
        add(this.make('unknown-id', `path ${p.name}=<unknown 26-char id>`, unknown));
      }
    }

    const idLike = (name: string) => name === 'id' || name.endsWith('_id');
    for (const p of op.params.filter((q) => q.in === 'query' && idLike(q.name) && view.declaredType(q.schema) === 'string')) {
      const d = this.draft(false);
      d.query[p.name] = 'x';
      add(this.make('invalid-id', `query ${p.name}=x`, d));
    }
    if (json && bodyType === 'object') {
      const idFields = Object.entries<Record<string, unknown>>(bodySchema?.properties ?? {}).filter(([name, s]) => idLike(name) && view.declaredType(s) === 'string');
      if (idFields.length > 0) {
        const [name] = this.rng.pick(idFields);
        const invalid = this.draft(false);
        if (invalid.body?.kind === 'json' && invalid.body.value && typeof invalid.body.value === 'object') (invalid.body.value as Record<string, unknown>)[name] = 'x';
        add(this.make('invalid-id', `body ${name}=x`, invalid));
        const unknown = this.draft(false);
        if (unknown.body?.kind === 'json' && unknown.body.value && typeof unknown.body.value === 'object') (unknown.body.value as Record<string, unknown>)[name] = this.rng.id();
        add(this.make('unknown-id', `body ${name}=<unknown 26-char id>`, unknown));
      }
    }

    // strings: 70k characters, and a NUL character (PostgreSQL text cannot hold one)
    const strings: [Category, string, string][] = [
      ['oversize-string', 'o'.repeat(OVERSIZE_STRING_LENGTH), `of ${OVERSIZE_STRING_LENGTH} chars`],
      ['nul-byte', 'nul\u0000byte', 'with a NUL character'],
    ];
    for (const [category, value, what] of strings) {
      for (const p of op.params.filter((q) => view.declaredType(q.schema) === 'string' || !view.declaredType(q.schema))) {
        const d = this.draft(false);
        (p.in === 'path' ? d.path : d.query)[p.name] = value;
        add(this.make(category, `${p.in} ${p.name} ${what}`, d));
      }
      if (op.body && op.bodyKind !== 'none' && op.method !== 'GET') {
        const stringFields = Object.entries<Record<string, unknown>>(bodySchema?.properties ?? {}).filter(([, s]) => view.declaredType(s) === 'string' && view.resolve(s).format !== 'binary');
        for (const [name] of stringFields) {
          const d = this.draft(false);
          if (!d.body || d.body.kind === 'raw' || !d.body.value || typeof d.body.value !== 'object' || Array.isArray(d.body.value)) break;
          (d.body.value as Record<string, unknown>)[name] = value;
          add(this.make(category, `body ${name} ${what}`, d));
        }
        const d = this.draft(false);
        if (d.body?.kind === 'json' && Array.isArray(d.body.value) && d.body.value.length > 0 && view.declaredType(bodySchema?.items) === 'string') {
          d.body.value[0] = value;
          add(this.make(category, `body array item ${what}`, d));
        }
      }
    }

    // numbers the validator lets through (1e29 is an integer to it) but no page or limit can take
    for (const p of op.params.filter((q) => ['integer', 'number'].includes(view.declaredType(q.schema) ?? ''))) {
      for (const value of ['99999999999999999999999999999', '-1']) {
        const d = this.draft(false);
        (p.in === 'path' ? d.path : d.query)[p.name] = value;
        add(this.make('extreme-number', `${p.in} ${p.name}=${value}`, d));
      }
    }

    if (op.operationId in PRE_HANDLER_ONLY) {
      for (const [category, cases] of out) {
        const kept = cases.filter((c) => PRE_HANDLER.has(category) && c.expect !== undefined);
        if (kept.length) out.set(category, kept);
        else out.delete(category);
      }
    }
    return out;
  }

  /** One random case: a random well-formed draft with one to three hostile mutations. */
  randomCase(index: number): FuzzCase {
    const d = this.draft(true);
    const notes: string[] = [];
    const strings = hostileStrings(this.rng).filter((s) => !(this.noSelf && s === 'me'));
    const mutations = 1 + this.rng.int(3);
    for (let m = 0; m < mutations; m++) {
      const choice = this.rng.int(8);
      const queryParams = this.op.params.filter((p) => p.in === 'query');
      const pathParams = this.op.params.filter((p) => p.in === 'path' && !(this.noSelf && isUserParam(p.name)));
      if (choice === 0 && queryParams.length) {
        const p = this.rng.pick(queryParams);
        d.query[p.name] = this.rng.pick(strings);
        notes.push(`query ${p.name}=${short(d.query[p.name] as string)}`);
      } else if (choice === 1 && pathParams.length) {
        const p = this.rng.pick(pathParams);
        d.path[p.name] = this.rng.pick(strings);
        notes.push(`path ${p.name}=${short(d.path[p.name])}`);
      } else if (choice === 2 && queryParams.length) {
        const p = this.rng.pick(queryParams);
        const v = paramString(sampleValue(this.env.view, p.schema, p.name, this.ctx(true)));
        d.query[p.name] = [v, this.rng.pick(strings)];
        notes.push(`query ${p.name} repeated`);
      } else if (d.body && d.body.kind !== 'raw' && choice >= 3) {
        notes.push(this.mutateBody(d, choice, strings));
      } else if (this.op.bodyKind === 'json' && this.op.method !== 'GET' && choice === 7) {
        const value = this.rng.pick(hostileJson(this.rng));
        d.body = { kind: 'json', value };
        notes.push(`body replaced by ${short(JSON.stringify(value) ?? 'undefined')}`);
      } else {
        notes.push('random optional fields');
      }
    }
    return this.make('random', `#${index}: ${notes.join('; ')}`, d);
  }

  private mutateBody(d: Draft, choice: number, strings: string[]): string {
    const body = d.body as { kind: 'json' | 'fields'; value: unknown };
    const target = body.value;
    if (!target || typeof target !== 'object') {
      body.value = body.kind === 'json' ? this.rng.pick(hostileJson(this.rng)) : { fuzz: this.rng.pick(strings) };
      return `body replaced by ${short(JSON.stringify(body.value) ?? 'undefined')}`;
    }
    const container = Array.isArray(target) ? (target.length ? target : [null]) : (target as Record<string, unknown>);
    const keys = Object.keys(container);
    const hostile = body.kind === 'json' ? this.rng.pick(hostileJson(this.rng)) : this.rng.pick(strings);
    if (choice === 3 || choice === 4) {
      if (keys.length === 0) return 'empty body left as is';
      const key = this.rng.pick(keys);
      (container as Record<string, unknown>)[key] = hostile;
      if (Array.isArray(target) && target.length === 0) body.value = container;
      return `body ${key}=${short(JSON.stringify(hostile) ?? 'undefined')}`;
    }
    if (choice === 5) {
      if (keys.length === 0 || Array.isArray(container)) return 'body kept';
      const key = this.rng.pick(keys);
      delete (container as Record<string, unknown>)[key];
      return `body ${key} removed`;
    }
    if (Array.isArray(container)) {
      container.push(hostile);
      return `body item ${short(JSON.stringify(hostile) ?? 'undefined')} appended`;
    }
    const extra = this.rng.pick(['fuzz_extra', '__proto__', 'constructor', 'id', 'create_at', 'delete_at', 'roles']);
    if (extra === '__proto__' || extra === 'constructor') {
      Object.defineProperty(container, extra, { value: { prototype: { fuzzPolluted: true }, fuzzPolluted: true }, enumerable: true, configurable: true, writable: true });
    } else (container as Record<string, unknown>)[extra] = hostile;
    return `body extra field ${extra}`;
  }

  /**
   * Every case the dispatcher answers by itself (wrong-typed parameters, missing required
   * fields, malformed / wrong-type / oversize bodies: cheap, exact expectations), then up to
   * `budget` cases that reach the handler: the other categories round robin (seeded order
   * inside each, the baseline first) in four fifths of it, random ones in the rest.
   */
  cases(): FuzzCase[] {
    const systematic = this.systematic();
    const dispatcher: FuzzCase[] = [];
    for (const category of DISPATCHER_CATEGORIES) {
      for (const c of systematic.get(category) ?? []) {
        if (c.expect) dispatcher.push(c);
      }
    }
    const budgeted = CATEGORY_ORDER.map((category) =>
      this.rng.shuffle((systematic.get(category) ?? []).filter((c) => !(DISPATCHER_CATEGORIES.has(category) && c.expect))),
    ).filter((q) => q.length > 0);
    const preHandlerOnly = this.op.operationId in PRE_HANDLER_ONLY;
    // a fifth of the budget (at least one case) stays for random cases
    const randomShare = preHandlerOnly ? 0 : Math.max(1, Math.floor(this.env.budget / 5));
    const systematicBudget = this.env.budget - randomShare;
    const picked: FuzzCase[] = [];
    while (picked.length < systematicBudget && budgeted.some((q) => q.length > 0)) {
      for (const q of budgeted) {
        const next = q.shift();
        if (next && picked.length < systematicBudget) picked.push(next);
      }
    }
    if (!preHandlerOnly) {
      for (let i = 0; picked.length < this.env.budget; i++) picked.push(this.randomCase(i));
    }
    return [...dispatcher, ...picked];
  }
}

function short(text: string): string {
  const clean = text.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return clean.length > 40 ? `${clean.slice(0, 37)}...(${text.length})` : clean;
}
