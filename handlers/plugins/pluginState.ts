/**
 * This server runs no plugins: with PluginSettings.Enable on it behaves as a Mattermost with an
 * empty plugin directory; with it off every plugin endpoint answers Mattermost's 501.
 */
import { AppError } from '../../server/http/appError';
import type { ServerContext } from '../../server/context';

export function pluginsDisabled(): AppError {
  return new AppError('app.plugin.disabled.app_error', 'Plugins have been disabled. Please check your logs for details.', 501);
}

export function requirePluginsEnabled(server: ServerContext): void {
  if (!server.config.get().PluginSettings.Enable) throw pluginsDisabled();
}

export function pluginNotInstalled(): AppError {
  return new AppError('app.plugin.not_installed.app_error', 'Plugin is not installed.', 404);
}

/** Mattermost's RequirePluginId: a plugin id is 3-190 chars of letters, digits, `.`, `_`, `-`. */
export function validPluginId(id: string): boolean {
  return id.length >= 3 && id.length <= 190 && /^[a-zA-Z0-9\-_.]+$/.test(id);
}
