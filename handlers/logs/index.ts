import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { downloadSystemLogs } from './downloadSystemLogs';

export const logsHandlers: TagHandlers<'logs'> = {
  DownloadSystemLogs: downloadSystemLogs,
};
