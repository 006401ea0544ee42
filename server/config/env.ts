import { defaultConfig } from './defaults';
import type { MattermostConfig } from './types';
import { cloneJson, isFreeForm, isPlainObject, type PlainObject } from './tree';

const ENV_PREFIX = 'MM_';
const TRUE_WORDS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE_WORDS = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

export interface EnvOverrides {
  config: MattermostConfig;
  /** Dotted paths of the settings taken from the environment, e.g. 'TeamSettings.EnableOpenServer'. */
  overridden: string[];
}

/**
 * Applies `MM_<SECTION>_<KEY>` variables (names matched case-insensitively, as Mattermost
 * does) to a copy of `config`. Each value is parsed to the type of the setting; values that do
 * not parse are ignored.
 */
export function applyEnvOverrides(config: MattermostConfig, env: Record<string, string | undefined>): EnvOverrides {
  const out = cloneJson(config) as unknown as PlainObject;
  const schema = defaultConfig() as unknown as PlainObject;
  const overridden = new Set<string>();
  for (const [name, raw] of Object.entries(env)) {
    const key = name.toUpperCase();
    if (raw === undefined || !key.startsWith(ENV_PREFIX)) continue;
    const path = applyEnvKey(out, schema, key.slice(ENV_PREFIX.length), raw);
    if (path) overridden.add(path.join('.'));
  }
  return { config: out as unknown as MattermostConfig, overridden: [...overridden].sort() };
}

/** Sets the setting named by `key` (upper-case, `_`-separated) and returns its path. */
function applyEnvKey(target: PlainObject, schema: PlainObject, key: string, raw: string): string[] | null {
  const cut = key.indexOf('_');
  const head = cut < 0 ? key : key.slice(0, cut);
  const rest = cut < 0 ? '' : key.slice(cut + 1);
  const name = Object.keys(schema).find((candidate) => candidate.toUpperCase() === head);
  if (name === undefined) return null;
  const node = schema[name];
  if (isPlainObject(node) && !isFreeForm(node)) {
    if (!rest) return null;
    if (!isPlainObject(target[name])) target[name] = cloneJson(node);
    const sub = applyEnvKey(target[name] as PlainObject, node, rest, raw);
    return sub && [name, ...sub];
  }
  if (rest) return null;
  const value = parseEnvValue(node, raw);
  if (value === undefined) return null;
  target[name] = value;
  return [name];
}

/** `raw` read as the type of `example`, or undefined when it does not parse. */
export function parseEnvValue(example: unknown, raw: string): unknown {
  if (typeof example === 'string') return raw;
  if (typeof example === 'boolean') return TRUE_WORDS.has(raw) ? true : FALSE_WORDS.has(raw) ? false : undefined;
  if (typeof example === 'number') return parseInteger(raw);
  if (Array.isArray(example)) return raw.split(' ').filter((item) => item !== '');
  if (isFreeForm(example)) return parseJsonObject(raw);
  return undefined;
}

function parseInteger(raw: string): number | undefined {
  if (!/^[+-]?\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) ? value : undefined;
}

function parseJsonObject(raw: string): PlainObject | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return isPlainObject(value) ? cloneJson(value) : undefined;
  } catch {
    return undefined;
  }
}
