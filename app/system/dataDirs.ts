/**
 * The export and import directories (ExportSettings.Directory, ImportSettings.Directory) as keys
 * of the file store, and the names directly inside them.
 */
import type { ServerContext } from '../../server/context';
import { checkDir, checkKey } from '../../server/storage/types';

/** `./export/` → `export`; undefined when the setting cannot name a place in the store. */
export function storeDir(setting: string): string | undefined {
  const trimmed = setting.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.') return '';
  try {
    return checkDir(trimmed);
  } catch {
    return undefined;
  }
}

/** The entries directly under the directory (files, and sub-directories by name), sorted. */
export async function listNames(server: ServerContext, setting: string): Promise<string[]> {
  const dir = storeDir(setting);
  if (dir === undefined) return [];
  const prefix = dir === '' ? '' : `${dir}/`;
  let keys: string[];
  try {
    keys = await server.files.list(dir);
  } catch {
    return [];
  }
  const names = new Set<string>();
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const first = key.slice(prefix.length).split('/')[0];
    if (first) names.add(first);
  }
  return [...names].sort();
}

/** The store key of `name` inside the directory, or undefined when the name is not a plain file name. */
export function entryKey(setting: string, name: string): string | undefined {
  const dir = storeDir(setting);
  if (dir === undefined || name === '' || name.includes('/') || name.includes('\\') || name === '.' || name === '..') return undefined;
  try {
    return checkKey(dir === '' ? name : `${dir}/${name}`);
  } catch {
    return undefined;
  }
}
