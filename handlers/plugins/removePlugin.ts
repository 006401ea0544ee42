import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_PLUGINS } from '../../server/permissions/permissionIds';
import { pluginNotInstalled, requirePluginsEnabled, validPluginId } from './pluginState';

/** No plugin is ever installed here, so a valid request finds none. */
export const removePlugin: Handler<'RemovePlugin'> = async (ctx) => {
  const pluginId = String((ctx.params as { plugin_id?: string }).plugin_id ?? '');
  if (!validPluginId(pluginId)) throw Errors.invalidUrlParam('plugin_id');
  requirePluginsEnabled(ctx.server);
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_PLUGINS);
  throw pluginNotInstalled();
};
