import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const pluginsHandlers: TagHandlers<'plugins'> = {
  GetPlugins: notImplemented,
  UploadPlugin: notImplemented,
  InstallPluginFromUrl: notImplemented,
  GetMarketplacePlugins: notImplemented,
  InstallMarketplacePlugin: notImplemented,
  GetMarketplaceVisitedByAdmin: notImplemented,
  GetPluginStatuses: notImplemented,
  GetWebappPlugins: notImplemented,
  RemovePlugin: notImplemented,
  DisablePlugin: notImplemented,
  EnablePlugin: notImplemented,
};
