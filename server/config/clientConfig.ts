import type { MattermostConfig } from './types';
import { fullClientConfigExtras } from './clientFull';
import { limitedClientConfig, type ClientConfigOptions } from './clientLimited';

export type { ClientConfigOptions } from './clientLimited';

/**
 * `GET /api/v4/config/client?format=old`: the limited map for anonymous callers, the full
 * one for logged-in users. Every value is a string.
 */
export function clientConfig(config: MattermostConfig, opts: ClientConfigOptions): Record<string, string> {
  const limited = limitedClientConfig(config, opts);
  return opts.loggedIn ? { ...limited, ...fullClientConfigExtras(config) } : limited;
}

/** `GET /api/v4/license/client?format=old` on an unlicensed (Team Edition) server. */
export function clientLicense(): Record<string, string> {
  return { IsLicensed: 'false' };
}
