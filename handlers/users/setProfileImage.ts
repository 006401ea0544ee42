import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getUserById } from '../../db/queries/users';
import { canEditUser } from '../../app/users/access';
import { setProfileImage as setImage } from '../../app/images/profile';
import { readImageUpload, uploadErrors } from '../../app/images/upload';
import { resolveUserId } from '../params';
import { publishProfileImageUpdated } from '../../app/users/events';

const ERRORS = uploadErrors('api.user.upload_profile_user', 'profile image', 413);

export const setProfileImage: Handler<'SetProfileImage'> = async (ctx) => {
  const { server } = ctx;
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canEditUser(server, ctx.session, userId))) throw Errors.permission('edit_other_users');
  const image = await readImageUpload(server, ctx.hono.req.raw, ERRORS);
  if (!(await getUserById(server.db, userId))) throw Errors.invalidUrlParam('user_id');
  await setImage(server, userId, image);
  const updated = await getUserById(server.db, userId);
  if (updated) publishProfileImageUpdated(server, updated);
  return ctx.json(200, { status: 'OK' } as never);
};
