import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_PLUGINS } from '../../server/permissions/permissionIds';
import { pluginsDisabled } from './pluginState';

/** Same gate as uploads, with Mattermost's plugin-disabled error. */
export const installPluginFromUrl: Handler<'InstallPluginFromUrl'> = async (ctx) => {
  const s = ctx.server.config.get().PluginSettings;
  if (!s.Enable || s.RequirePluginSignature || !s.EnableUploads) throw pluginsDisabled();
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_PLUGINS);
  throw Errors.notImplemented('InstallPluginFromUrl');
};
