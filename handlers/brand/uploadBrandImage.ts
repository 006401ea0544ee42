import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { EDIT_BRAND } from '../../server/permissions/permissionIds';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../../app/files/multipart';
import { saveBrandImage } from '../../app/brand/brandImage';
import { contentLength } from '../files/shared';

const tooLarge = () => new AppError('api.admin.upload_brand_image.too_large.app_error', 'Unable to upload file. File is too large.', 413);
const parseError = (detail = '') => new AppError('api.admin.upload_brand_image.parse.app_error', 'Unable to parse multipart form', 400, detail);

/** POST /brand/image (multipart `image`): the form is read and checked before the edit_brand check. */
export const uploadBrandImage: Handler<'UploadBrandImage'> = async (ctx) => {
  const limit = ctx.server.config.get().FileSettings.MaxFileSize;
  const length = contentLength(ctx.hono);
  if (length !== undefined && length > limit) throw tooLarge();
  const contentType = ctx.hono.req.header('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseError('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(ctx.hono.req.raw.body, contentType, limit);
  } catch (err) {
    if (err instanceof FormTooLarge) throw parseError('form larger than MaxFileSize');
    throw parseError(String((err as Error)?.message ?? err));
  }
  const images = form.files.image;
  if (!images) throw new AppError('api.admin.upload_brand_image.no_file.app_error', 'Request missing image file.', 400);
  if (images.length === 0) throw new AppError('api.admin.upload_brand_image.array.app_error', 'Empty array under \'image\' in request', 400);
  requireSystemPermission(ctx.server, ctx.session, EDIT_BRAND);
  await saveBrandImage(ctx.server, images[0].data);
  return ctx.json(201, { status: 'OK' } as never);
};
