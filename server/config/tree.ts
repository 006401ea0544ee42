/** Small helpers over plain JSON trees, shared by merge, env, sanitize and restore. */

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A default that is an empty object holds free-form JSON (plugin settings, logging targets). */
export function isFreeForm(schema: unknown): boolean {
  return isPlainObject(schema) && Object.keys(schema).length === 0;
}

/** Keys that must never be copied from untrusted input onto a fresh object. */
export function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** The JSON type of a value; every number in the configuration is an integer. */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isPlainObject(value)) return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'number' : 'invalid';
  return typeof value;
}

/** A deep copy of plain JSON data. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (!isPlainObject(value)) return value;
  const out: PlainObject = {};
  for (const [key, child] of Object.entries(value)) if (!isUnsafeKey(key)) out[key] = cloneJson(child);
  return out as T;
}
