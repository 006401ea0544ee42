import type { MattermostConfig } from './types';
import { cloneJson, isPlainObject, isUnsafeKey, type PlainObject } from './tree';

/** What a masked secret reads as (Mattermost's model.FakeSetting). */
export const FAKE_SETTING = '********************************';

/** Where the secrets live; `*` stands for every element of an array. */
export const SECRET_PATHS: readonly string[] = [
  'SqlSettings.DataSource',
  'SqlSettings.DataSourceReplicas.*',
  'SqlSettings.DataSourceSearchReplicas.*',
  'SqlSettings.ReplicaLagSettings.*.DataSource',
  'SqlSettings.AtRestEncryptKey',
  'FileSettings.PublicLinkSalt',
  'FileSettings.AmazonS3SecretAccessKey',
  'FileSettings.ExportAmazonS3SecretAccessKey',
  'EmailSettings.SMTPPassword',
  'GitLabSettings.Secret',
  'GoogleSettings.Secret',
  'Office365Settings.Secret',
  'OpenIdSettings.Secret',
  'LdapSettings.BindPassword',
  'ElasticsearchSettings.Password',
  'MessageExportSettings.GlobalRelaySettings.SMTPPassword',
  'ServiceSettings.SplitKey',
  'CacheSettings.RedisPassword',
];

/** A deep copy of `config` with every non-empty secret replaced by FAKE_SETTING. */
export function sanitizeConfig(config: MattermostConfig): MattermostConfig {
  const copy = cloneJson(config);
  for (const path of SECRET_PATHS) maskPath(copy, path.split('.'));
  return copy;
}

function maskPath(node: unknown, path: string[]): void {
  const [head, ...rest] = path;
  if (head === '*') {
    if (Array.isArray(node)) for (let i = 0; i < node.length; i++) maskChild(node as unknown as PlainObject, String(i), rest);
    return;
  }
  if (isPlainObject(node)) maskChild(node, head, rest);
}

function maskChild(container: PlainObject, key: string, rest: string[]): void {
  if (rest.length > 0) return maskPath(container[key], rest);
  const value = container[key];
  if (typeof value === 'string' && value !== '') container[key] = FAKE_SETTING;
}

/**
 * `incoming` (a full configuration or a patch) with every FAKE_SETTING value put back to the
 * value stored at the same path; a masked value with nothing stored behind it is dropped.
 */
export function restoreFakeSettings<T>(incoming: T, stored: MattermostConfig): T {
  return restoreValue(incoming, stored) as T;
}

function restoreValue(value: unknown, stored: unknown): unknown {
  if (value === FAKE_SETTING) return typeof stored === 'string' ? stored : undefined;
  if (Array.isArray(value)) {
    const storedItems = Array.isArray(stored) ? stored : [];
    return value.map((item, i) => restoreValue(item, storedItems[i])).filter((item) => item !== undefined);
  }
  if (!isPlainObject(value)) return value;
  const storedObject = isPlainObject(stored) ? stored : {};
  const out: PlainObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (isUnsafeKey(key)) continue;
    const restored = restoreValue(child, storedObject[key]);
    if (restored !== undefined) out[key] = restored;
  }
  return out;
}
