/**
 * The fuzz suite's view of the spec: a seeded PRNG, each operation's parameters and request
 * body (with $refs resolved), schema-driven sample values, and pools of hostile values.
 * Everything here is deterministic for a given seed.
 */
import { operations, type OperationId } from '../../generated/operations';

// ---------------------------------------------------------------- PRNG

/** FNV-1a, to derive one 32-bit seed per (seed, operationId). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }
  /** mulberry32: a float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
  /** A well-formed id nobody has: 26 characters of [a-z0-9]. */
  id(): string {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < 26; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }
}

// ---------------------------------------------------------------- spec access

export type Schema = Record<string, any>;

export interface ParamSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface BodySpec {
  contentType: 'application/json' | 'multipart/form-data' | 'application/x-www-form-urlencoded' | string;
  required: boolean;
  schema: Schema;
}

export interface OperationSpec {
  operationId: OperationId;
  method: string;
  path: string;
  auth: boolean;
  bodyKind: 'none' | 'json' | 'stream';
  params: ParamSpec[];
  body?: BodySpec;
}

export class SpecView {
  constructor(private readonly spec: Record<string, any>) {}

  resolve(schema: Schema | undefined, seen = 0): Schema {
    if (!schema) return {};
    if (typeof schema.$ref === 'string' && seen < 32) {
      const target = schema.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce((node: any, key: string) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], this.spec);
      return this.resolve(target ?? {}, seen + 1);
    }
    return schema;
  }

  /** allOf merged into one object schema (properties and required unioned). */
  flatten(schema: Schema | undefined): Schema {
    const s = this.resolve(schema);
    if (!Array.isArray(s.allOf)) return s;
    const merged: Schema = { ...s, allOf: undefined, properties: { ...(s.properties ?? {}) }, required: [...(s.required ?? [])] };
    for (const part of s.allOf) {
      const p = this.flatten(part);
      Object.assign(merged.properties, p.properties ?? {});
      merged.required.push(...(p.required ?? []));
      merged.type ??= p.type;
    }
    return merged;
  }

  /** The JSON type a schema declares (after allOf), or undefined when it leaves it open. */
  declaredType(schema: Schema | undefined): string | undefined {
    const s = this.flatten(schema);
    if (s.type) return s.type;
    if (s.properties) return 'object';
    if (s.items) return 'array';
    return undefined;
  }

  operation(operationId: OperationId): OperationSpec {
    const meta = operations[operationId];
    const item = this.spec.paths?.[meta.path] ?? {};
    const op = item[meta.method] ?? {};
    const params: ParamSpec[] = [];
    for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
      const p = this.resolve(raw);
      if (p.in !== 'path' && p.in !== 'query') continue;
      const existing = params.findIndex((q) => q.name === p.name && q.in === p.in);
      const spec: ParamSpec = { name: p.name, in: p.in, required: p.in === 'path' || p.required === true, schema: this.resolve(p.schema) };
      if (existing >= 0) params[existing] = spec;
      else params.push(spec);
    }
    let body: BodySpec | undefined;
    const rb = this.resolve(op.requestBody);
    if (rb.content) {
      const types = Object.keys(rb.content);
      const contentType = types.includes('application/json') ? 'application/json' : types[0];
      body = { contentType, required: rb.required === true, schema: this.resolve(rb.content[contentType]?.schema) };
    }
    return { operationId, method: meta.method.toUpperCase(), path: meta.path, auth: meta.auth, bodyKind: meta.body, params, body };
  }
}

// ---------------------------------------------------------------- sample values

export interface SampleContext {
  rng: Rng;
  /** The value for a `user_id` (the calling user's own id, or an unknown one). */
  userId: string;
  /** Pick a random branch of oneOf/anyOf instead of the first, include optional fields at random. */
  random: boolean;
}

const URL_SAMPLE = 'http://127.0.0.1:9/fuzz'; // port 9 (discard): refused at once, never the network

/** A string value that fits a field's name and format; ids are unknown ones unless user ids. */
export function sampleString(name: string, schema: Schema, ctx: SampleContext): string {
  const lower = name.toLowerCase();
  let value: string;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return String(ctx.random ? ctx.rng.pick(schema.enum) : schema.enum[0]);
  if (schema.format === 'uri' || schema.format === 'url' || /(^|_)(url|uri)s?$/.test(lower) || lower.endsWith('url')) value = URL_SAMPLE;
  else if (lower === 'user_id' || lower === 'user_ids' || lower === 'userid') value = ctx.userId;
  else if (lower === 'id' || lower.endsWith('_id') || lower.endsWith('_ids') || /[a-z](Id|ID|Ids|IDs)$/.test(name)) value = ctx.rng.id();
  else if (lower.includes('email')) value = `fuzz${ctx.rng.int(1e6)}@example.com`;
  else if (lower === 'username' || lower.endsWith('_username')) value = `fuzzuser${ctx.rng.int(1e6)}`;
  else if (lower.includes('password')) value = 'Fuzz-Passw0rd!';
  else if (lower === 'name' || lower.endsWith('_name')) value = `fuzzname${ctx.rng.int(1e6)}`;
  else if (lower === 'locale') value = 'en';
  else if (lower === 'timestamp' || lower.endsWith('_at') || lower === 'since' || lower === 'before' || lower === 'after') value = '1700000000000';
  else value = 'fuzz';
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) value = value.padEnd(schema.minLength, 'z');
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) value = value.slice(0, schema.maxLength);
  return value;
}

export function sampleNumber(name: string, schema: Schema, integer: boolean): number {
  const lower = name.toLowerCase();
  let n: number;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (typeof schema.default === 'number') n = schema.default;
  else if (lower === 'per_page' || lower === 'perpage' || lower === 'page_size' || lower === 'limit') n = 60;
  else if (typeof schema.minimum === 'number') n = schema.minimum;
  else n = 0;
  if (typeof schema.maximum === 'number' && n > schema.maximum) n = schema.maximum;
  if (typeof schema.minimum === 'number' && n < schema.minimum) n = schema.minimum;
  return integer ? Math.trunc(n) : n;
}

/** A value that should satisfy `schema` (best effort: patterns are not honoured). */
export function sampleValue(view: SpecView, schema: Schema | undefined, name: string, ctx: SampleContext, depth = 0): unknown {
  const s = view.flatten(schema);
  const branches = s.oneOf ?? s.anyOf;
  if (Array.isArray(branches) && branches.length > 0) {
    return sampleValue(view, ctx.random ? ctx.rng.pick(branches) : branches[0], name, ctx, depth);
  }
  const type = view.declaredType(s);
  switch (type) {
    case 'string':
      if (s.format === 'binary') return 'fuzz file content';
      return sampleString(name, s, ctx);
    case 'integer':
      return sampleNumber(name, s, true);
    case 'number':
      return sampleNumber(name, s, false);
    case 'boolean':
      return typeof s.default === 'boolean' ? s.default : false;
    case 'array': {
      const min = Math.max(typeof s.minItems === 'number' ? s.minItems : 1, 0);
      const count = depth > 3 ? min : Math.max(min, 1);
      const max = typeof s.maxItems === 'number' ? s.maxItems : count;
      const out: unknown[] = [];
      for (let i = 0; i < Math.min(count, max); i++) out.push(sampleValue(view, s.items, name.replace(/s$/, ''), ctx, depth + 1));
      return out;
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set<string>(s.required ?? []);
      for (const [prop, propSchema] of Object.entries<Schema>(s.properties ?? {})) {
        const include = required.has(prop) || (depth < 3 && (!ctx.random || ctx.rng.chance(0.6)));
        if (!include) continue;
        const ps = view.resolve(propSchema);
        if (ps.readOnly) continue;
        out[prop] = sampleValue(view, ps, prop, ctx, depth + 1);
      }
      return out;
    }
    default:
      return sampleString(name, s, ctx);
  }
}

/** The string form of a sampled parameter value, as it travels in a URL. */
export function paramString(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Values a parameter of the given type cannot take (for the wrong-type cases). */
export function wrongTypeValue(type: string | undefined): string | undefined {
  if (type === 'integer' || type === 'number') return 'abc';
  if (type === 'boolean') return 'notabool';
  return undefined;
}

// ---------------------------------------------------------------- hostile pools

export const OVERSIZE_STRING_LENGTH = 70_000;

export function hostileStrings(rng: Rng): string[] {
  return [
    '',
    ' ',
    'x',
    '-1',
    '0',
    '99999999999999999999999999999',
    '1e309',
    'NaN',
    'true',
    'null',
    'me',
    'undefined',
    '../../../../etc/passwd',
    "' OR '1'='1' --",
    '<script>alert(1)</script>',
    'nul\u0000byte',
    'ünïcødé 漢字 😀',
    '\u202e\u200b',
    '%',
    '%zz',
    'a'.repeat(1000),
    rng.id(),
    rng.id().toUpperCase(),
    rng.id() + 'x',
  ];
}

export function hostileJson(rng: Rng): unknown[] {
  let deep: unknown = 'bottom';
  for (let i = 0; i < 64; i++) deep = [deep];
  return [
    null,
    true,
    false,
    0,
    -1,
    1.5,
    2 ** 53 + 1,
    1e308,
    -1e308,
    '',
    'fuzz',
    rng.pick(hostileStrings(rng)),
    [],
    {},
    [null],
    { '': '' },
    deep,
    new Array(1000).fill(0),
    JSON.parse('{"__proto__":{"fuzzPolluted":true},"constructor":{"prototype":{"fuzzPolluted":true}}}'),
  ];
}
