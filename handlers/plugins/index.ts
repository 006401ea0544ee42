import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { disablePlugin } from './disablePlugin';
import { enablePlugin } from './enablePlugin';
import { getMarketplacePlugins } from './getMarketplacePlugins';
import { getMarketplaceVisitedByAdmin } from './getMarketplaceVisitedByAdmin';
import { getPluginStatuses } from './getPluginStatuses';
import { getPlugins } from './getPlugins';
import { getWebappPlugins } from './getWebappPlugins';
import { installMarketplacePlugin } from './installMarketplacePlugin';
import { installPluginFromUrl } from './installPluginFromUrl';
import { removePlugin } from './removePlugin';
import { uploadPlugin } from './uploadPlugin';

export const pluginsHandlers: TagHandlers<'plugins'> = {
  GetPlugins: getPlugins,
  UploadPlugin: uploadPlugin,
  InstallPluginFromUrl: installPluginFromUrl,
  GetMarketplacePlugins: getMarketplacePlugins,
  InstallMarketplacePlugin: installMarketplacePlugin,
  GetMarketplaceVisitedByAdmin: getMarketplaceVisitedByAdmin,
  GetPluginStatuses: getPluginStatuses,
  GetWebappPlugins: getWebappPlugins,
  RemovePlugin: removePlugin,
  DisablePlugin: disablePlugin,
  EnablePlugin: enablePlugin,
};
