import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createUpload } from './createUpload';
import { getUpload } from './getUpload';
import { uploadData } from './uploadData';

export const uploadsHandlers: TagHandlers<'uploads'> = {
  CreateUpload: createUpload,
  GetUpload: getUpload,
  UploadData: uploadData,
};
