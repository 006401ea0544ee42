import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const logsHandlers: TagHandlers<'logs'> = {
  DownloadSystemLogs: notImplemented,
};
