/** The custom brand image, kept in file storage at brand/image.png as Mattermost keeps it. */
import sharp from 'sharp';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { imageInfo } from '../images';

export const BRAND_IMAGE_PATH = 'brand/image.png';

export async function readBrandImage(server: ServerContext): Promise<Buffer | undefined> {
  try {
    return await server.files.readBuffer(BRAND_IMAGE_PATH);
  } catch {
    return undefined;
  }
}

/** A timestamp like Go's 2006-01-02T15:04:05 in local time, naming the replaced image. */
function archiveName(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `brand/${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}.png`;
}

/** Checks the upload is an image within MaxImageResolution, re-encodes it as PNG and stores it. */
export async function saveBrandImage(server: ServerContext, data: Buffer): Promise<void> {
  const info = await imageInfo(data);
  const maxPixels = server.config.get().FileSettings.MaxImageResolution;
  if (!info || info.width * info.height > maxPixels) {
    throw new AppError('brand.save_brand_image.check_image_limits.app_error', 'Check image limits failed. Resolution is too high.', 400);
  }
  let png: Buffer;
  try {
    png = await sharp(data, { limitInputPixels: false }).rotate().png().toBuffer();
  } catch (err) {
    throw new AppError('brand.save_brand_image.decode.app_error', 'Unable to decode image data.', 400, String((err as Error)?.message ?? err));
  }
  if (await server.files.stat(BRAND_IMAGE_PATH)) {
    await server.files.move(BRAND_IMAGE_PATH, archiveName(new Date()));
  }
  try {
    await server.files.write(BRAND_IMAGE_PATH, png);
  } catch (err) {
    throw new AppError('brand.save_brand_image.save_image.app_error', 'Unable to write image file to storage.', 500, String((err as Error)?.message ?? err));
  }
}

export async function deleteBrandImage(server: ServerContext): Promise<void> {
  if (!(await server.files.stat(BRAND_IMAGE_PATH))) {
    throw new AppError('api.admin.delete_brand_image.storage.not_found', 'Unable to delete brand image, not found.', 404);
  }
  await server.files.remove(BRAND_IMAGE_PATH);
}
