import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { readBrandImage } from '../../app/brand/brandImage';

/**
 * GET /brand/image: the PNG, or a 404 when none was uploaded. Mattermost sends that 404 without
 * a body; ours carries the AppError its app layer raises, as every error of this server does.
 */
export const getBrandImage: Handler<'GetBrandImage'> = async (ctx) => {
  const img = await readBrandImage(ctx.server);
  if (!img) throw new AppError('api.admin.get_brand_image.not_found.app_error', 'Brand image not found.', 404);
  return new Response(new Uint8Array(img), { status: 200, headers: { 'Content-Type': 'image/png' } });
};
