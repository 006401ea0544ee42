import type { Handler } from '../../server/http/handler';
import { requirePluginsEnabled } from './pluginState';

export const getWebappPlugins: Handler<'GetWebappPlugins'> = async (ctx) => {
  requirePluginsEnabled(ctx.server);
  return ctx.json(200, [] as never);
};
