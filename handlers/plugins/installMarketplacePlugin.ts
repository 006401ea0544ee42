import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_PLUGINS } from '../../server/permissions/permissionIds';
import { remoteMarketplaceUnreachable, requireMarketplace, usesRemoteMarketplace } from './marketplace';

/**
 * POST /plugins/marketplace: plugins and the Marketplace enabled, sysconsole_write_plugins,
 * a request naming the plugin, then the plugin is looked for among the prepackaged ones
 * (none) and in the remote Marketplace (unreachable here); found nowhere, it is not found.
 */
export const installMarketplacePlugin: Handler<'InstallMarketplacePlugin'> = async (ctx) => {
  requireMarketplace(ctx.server);
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_PLUGINS);
  const request = ctx.body as { id?: unknown } | undefined;
  if (!request || typeof request.id !== 'string') {
    throw new AppError('app.plugin.marketplace_plugin_request.app_error', 'Unable to decode the Marketplace plugin request.', 501);
  }
  if (usesRemoteMarketplace(ctx.server, false)) throw remoteMarketplaceUnreachable();
  throw new AppError('app.plugin.marketplace_plugins.not_found.app_error', 'Could not find the plugin in the Marketplace.', 404);
};
