import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const exportsHandlers: TagHandlers<'exports'> = {
  ListExports: notImplemented,
  DownloadExport: notImplemented,
  DeleteExport: notImplemented,
};
