import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM, READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { getFilesByIds } from '../../db/queries/postMetadata';
import { hasPermissionByPost, loadPost, requirePostId } from '../../app/posts/access';
import { orderByFileIds, toApiFileInfo } from '../../app/posts/files';

/** GET /posts/{post_id}/files/info: the post's files in its order; include_deleted (system admins) shows hidden ones. */
export const getFileInfosForPost: Handler<'GetFileInfosForPost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  if (!(await hasPermissionByPost(ctx.server, ctx.session, postId, READ_CHANNEL_CONTENT))) throw Errors.permission(READ_CHANNEL_CONTENT);
  const includeDeleted = ctx.query.include_deleted === true;
  if (includeDeleted && !hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM)) throw Errors.permission(MANAGE_SYSTEM);
  const post = await loadPost(ctx.server, postId, includeDeleted);
  const rows = (await getFilesByIds(ctx.server.db, post.fileIds)).filter((f) => includeDeleted || f.deleteAt === 0);
  ctx.hono.header('Cache-Control', 'max-age=2592000, private');
  return ctx.json(200, orderByFileIds(post.fileIds, rows).map(toApiFileInfo));
};
