import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { canSeeUser, loadUser } from '../../app/users/access';
import { getDefaultProfileImage as defaultImage } from '../../app/images/profile';
import { resolveUserId } from '../params';

export const getDefaultProfileImage: Handler<'GetDefaultProfileImage'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  if (!(await canSeeUser(ctx.server, ctx.session, userId))) throw Errors.permission('view_members');
  const user = await loadUser(ctx.server, userId);
  const data = await defaultImage(user);
  return new Response(new Uint8Array(data), { status: 200, headers: { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=86400, private' } });
};
