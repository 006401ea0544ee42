import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { SYSCONSOLE_WRITE_PLUGINS } from '../../server/permissions/permissionIds';

/**
 * POST /plugins: refused (501) unless plugins and uploads are enabled and signatures are not
 * required. This server cannot run plugins, so an allowed upload is not implemented.
 */
export const uploadPlugin: Handler<'UploadPlugin'> = async (ctx) => {
  const s = ctx.server.config.get().PluginSettings;
  if (!s.Enable || !s.EnableUploads || s.RequirePluginSignature) {
    throw new AppError('app.plugin.upload_disabled.app_error', 'Plugins and/or plugin uploads have been disabled.', 501);
  }
  requireSystemPermission(ctx.server, ctx.session, SYSCONSOLE_WRITE_PLUGINS);
  throw Errors.notImplemented('UploadPlugin');
};
