import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_READ_PLUGINS } from '../../server/permissions/permissionIds';
import { remoteMarketplaceUnreachable, requireMarketplace, usesRemoteMarketplace } from './marketplace';

/**
 * GET /plugins/marketplace: plugins and the Marketplace enabled, sysconsole_read_plugins, then
 * the remote Marketplace (unreachable here) unless local_only; the local part is empty.
 */
export const getMarketplacePlugins: Handler<'GetMarketplacePlugins'> = async (ctx) => {
  requireMarketplace(ctx.server);
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_PLUGINS);
  if (usesRemoteMarketplace(ctx.server, ctx.query.local_only === true)) throw remoteMarketplaceUnreachable();
  return ctx.json(200, [] as never);
};
