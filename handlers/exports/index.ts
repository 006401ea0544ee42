import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteExport } from './deleteExport';
import { downloadExport } from './downloadExport';
import { listExports } from './listExports';

export const exportsHandlers: TagHandlers<'exports'> = {
  ListExports: listExports,
  DownloadExport: downloadExport,
  DeleteExport: deleteExport,
};
