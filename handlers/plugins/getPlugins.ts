import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_READ_PLUGINS } from '../../server/permissions/permissionIds';
import { requirePluginsEnabled } from './pluginState';

export const getPlugins: Handler<'GetPlugins'> = async (ctx) => {
  requirePluginsEnabled(ctx.server);
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_READ_PLUGINS);
  return ctx.json(200, { active: [], inactive: [] } as never);
};
