import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { canEditUser } from '../../app/users/access';
import { setProfileImage as setImage } from '../../app/images/profile';
import { FormTooLarge, hasBoundary, isMultipart, readSmallForm, type SmallForm } from '../../app/files/multipart';
import { contentLength } from '../files/shared';
import { resolveUserId } from '../params';
import { publishProfileImageUpdated } from '../../app/users/events';

const tooLarge = () => new AppError('api.user.upload_profile_user.too_large.app_error', 'Unable to upload profile image. File is too large.', 413);
const parseError = (detail: string) =>
  new AppError('api.user.upload_profile_user.parse.app_error', 'Could not parse multipart form.', 400, detail);

export const setProfileImage: Handler<'SetProfileImage'> = async (ctx) => {
  const { server } = ctx;
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canEditUser(server, ctx.session, userId))) throw Errors.permission('edit_other_users');
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
  if (!image) throw new AppError('api.user.upload_profile_user.no_file.app_error', 'No file under \'image\' in request.', 400);
  if (!(await getUserById(server.db, userId))) throw Errors.invalidUrlParam('user_id');
  await setImage(server, userId, image.data);
  const updated = await getUserById(server.db, userId);
  if (updated) publishProfileImageUpdated(server, updated);
  return ctx.json(200, { status: 'OK' } as never);
};
