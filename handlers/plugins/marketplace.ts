/**
 * The plugin Marketplace. Mattermost fetches the remote Marketplace (PluginSettings
 * MarketplaceURL, when EnableRemoteMarketplace is on and the request is not local-only) and
 * merges the prepackaged and installed plugins; this server has no Marketplace client, no
 * prepackaged plugins and runs none. A remote fetch that cannot happen is Mattermost's
 * "marketplace unreachable" error, answered 501 instead of its 500 (see fuzzPolicy.ts).
 */
import { AppError } from '../../server/http/appError';
import type { ServerContext } from '../../server/context';
import { pluginsDisabled } from './pluginState';

export function requireMarketplace(server: ServerContext): void {
  const s = server.config.get().PluginSettings;
  if (!s.Enable) throw pluginsDisabled();
  if (!s.EnableMarketplace) {
    throw new AppError('app.plugin.marketplace_disabled.app_error', 'Marketplace has been disabled. Please check your logs for details.', 501);
  }
}

export function remoteMarketplaceUnreachable(): AppError {
  return new AppError('app.plugin.marketplace_plugins.app_error', 'Failed to get plugins from the Marketplace server.', 501, 'this server has no Marketplace client');
}

export function usesRemoteMarketplace(server: ServerContext, localOnly: boolean): boolean {
  return server.config.get().PluginSettings.EnableRemoteMarketplace && !localOnly;
}
