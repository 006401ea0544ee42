import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { canSeeUser, loadUser } from '../../app/users/access';
import { getProfileImage as profileImage } from '../../app/images/profile';
import { resolveUserId } from '../params';

export const getProfileImage: Handler<'GetProfileImage'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canSeeUser(ctx.server, ctx.session, userId))) throw Errors.permission('view_members');
  const user = await loadUser(ctx.server, userId);
  const etag = String(user.lastPictureUpdate);
  if (ctx.hono.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
  const { data, readFailed } = await profileImage(ctx.server, user);
  const headers: Record<string, string> = { 'Content-Type': 'image/png' };
  if (readFailed) headers['Cache-Control'] = 'max-age=300, private';
  else {
    headers['Cache-Control'] = 'max-age=86400, private';
    headers.ETag = etag;
  }
  return new Response(new Uint8Array(data), { status: 200, headers });
};
