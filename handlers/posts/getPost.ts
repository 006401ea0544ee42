import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { getPostIfAuthorized, requirePostId } from '../../app/posts/access';
import { preparePostForClient } from '../../app/posts/metadata';

/** GET /posts/{post_id}: a post the session may read; include_deleted (system admins) shows a deleted one. */
export const getPost: Handler<'GetPost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const includeDeleted = ctx.query.include_deleted === true;
  if (includeDeleted && !hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  const { post } = await getPostIfAuthorized(ctx.server, ctx.session, postId, includeDeleted);
  return ctx.json(200, await preparePostForClient(ctx.server.db, ctx.server.config.get(), post, { viewerId: ctx.session.user_id }));
};
