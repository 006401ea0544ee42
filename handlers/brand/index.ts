import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const brandHandlers: TagHandlers<'brand'> = {
  GetBrandImage: notImplemented,
  UploadBrandImage: notImplemented,
  DeleteBrandImage: notImplemented,
};
