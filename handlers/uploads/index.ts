import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const uploadsHandlers: TagHandlers<'uploads'> = {
  CreateUpload: notImplemented,
  GetUpload: notImplemented,
  UploadData: notImplemented,
};
