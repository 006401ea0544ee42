import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireManageBot } from '../../app/bots/bots';
import { setBotIcon } from '../../app/bots/icon';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../../app/files/multipart';
import { contentLength } from '../files/shared';

const tooLarge = () => new AppError('api.bot.set_bot_icon_image.too_large.app_error', 'Unable to upload icon image. File is too large.', 400);
const parseError = (detail: string) => new AppError('api.bot.set_bot_icon_image.parse.app_error', 'Could not parse multipart form.', 400, detail);

/** POST /bots/{id}/icon: multipart `image`, an SVG. */
export const setBotIconImage: Handler<'SetBotIconImage'> = async (ctx) => {
  const { server } = ctx;
  const found = await requireManageBot(server, ctx.session, ctx.params.bot_user_id);
  const limit = server.config.get().FileSettings.MaxFileSize;
  const length = contentLength(ctx.hono);
  if (length !== undefined && length > limit) throw tooLarge();
  const contentType = ctx.hono.req.header('content-type') ?? '';
  if (!isMultipart(contentType) || !hasBoundary(contentType)) throw parseError('request Content-Type is not multipart/form-data');
  let form: SmallForm;
  try {
    form = await readSmallForm(ctx.hono.req.raw.body, contentType, limit);
  } catch (err) {
    if (err instanceof FormTooLarge) throw tooLarge();
    throw parseError(String((err as Error)?.message ?? err));
  }
  const image = form.files.image?.[0];
  if (!image) throw new AppError('api.bot.set_bot_icon_image.no_file.app_error', "No file under 'image' in request.", 400);
  await setBotIcon(server, found, image.data);
  return ctx.json(200, { status: 'OK' } as never);
};
