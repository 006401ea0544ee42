import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deleteBrandImage } from './deleteBrandImage';
import { getBrandImage } from './getBrandImage';
import { uploadBrandImage } from './uploadBrandImage';

export const brandHandlers: TagHandlers<'brand'> = {
  GetBrandImage: getBrandImage,
  UploadBrandImage: uploadBrandImage,
  DeleteBrandImage: deleteBrandImage,
};
