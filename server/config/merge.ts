import { defaultConfig } from './defaults';
import type { MattermostConfig } from './types';
import { cloneJson, isFreeForm, isPlainObject, isUnsafeKey, jsonKind, type PlainObject } from './tree';

/**
 * Deep-merges `incoming` over `base`, shaped by `schema` (the defaults): only known keys are
 * taken, a value of another JSON type than the default's is ignored, arrays replace.
 */
function mergeValue(schema: unknown, base: unknown, incoming: unknown): unknown {
  if (isFreeForm(schema)) return isPlainObject(incoming) ? mergeFreeForm(base, incoming) : cloneJson(base);
  if (isPlainObject(schema)) {
    return isPlainObject(incoming) ? mergeSection(schema, base as PlainObject, incoming) : cloneJson(base);
  }
  return jsonKind(incoming) === jsonKind(schema) ? cloneJson(incoming) : cloneJson(base);
}

function mergeSection(schema: PlainObject, base: PlainObject, incoming: PlainObject): PlainObject {
  const out: PlainObject = {};
  for (const key of Object.keys(schema)) {
    out[key] = Object.hasOwn(incoming, key) ? mergeValue(schema[key], base[key], incoming[key]) : cloneJson(base[key]);
  }
  return out;
}

/** Free-form objects merge key by key with no type rules. */
function mergeFreeForm(base: unknown, incoming: PlainObject): PlainObject {
  const out: PlainObject = isPlainObject(base) ? cloneJson(base) : {};
  for (const [key, value] of Object.entries(incoming)) {
    if (isUnsafeKey(key)) continue;
    out[key] = isPlainObject(out[key]) && isPlainObject(value) ? mergeFreeForm(out[key], value) : cloneJson(value);
  }
  return out;
}

/** A complete configuration: `partial` (stored or received) completed with the defaults. */
export function mergeWithDefaults(partial: unknown): MattermostConfig {
  const defaults = defaultConfig();
  return mergeValue(defaults, defaults, partial) as MattermostConfig;
}

/** `patch` deep-merged over `base`, with the same rules; neither argument is changed. */
export function patchConfig(base: MattermostConfig, patch: unknown): MattermostConfig {
  return mergeValue(defaultConfig(), mergeWithDefaults(base), patch) as MattermostConfig;
}
