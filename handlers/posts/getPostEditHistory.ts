import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { EDIT_POST } from '../../server/permissions/permissionIds';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { getEditHistory } from '../../db/queries/posts';
import { getFilesByIds } from '../../db/queries/postMetadata';
import { postNotFound, requirePostId } from '../../app/posts/access';
import { loadPostToEdit } from '../../app/posts/editAccess';
import { orderByFileIds, toApiFileInfo } from '../../app/posts/files';
import { toApiPost } from '../../app/posts/serialize';

/**
 * GET /posts/{post_id}/edit_history: the earlier versions of one's own post, newest edit first,
 * each with the files it had; a post never edited is a 404.
 */
export const getPostEditHistory: Handler<'GetPostEditHistory'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const { post, channel } = await loadPostToEdit(ctx.server, postId);
  if (!channel || !(await hasChannelPermission(ctx.server, ctx.session, channel, EDIT_POST))) throw Errors.permission(EDIT_POST);
  if (ctx.session.user_id !== post.userId) throw Errors.permission(EDIT_POST);
  const rows = await getEditHistory(ctx.server.db, postId);
  if (rows.length === 0) throw postNotFound('failed to find post history');
  const files = new Map((await getFilesByIds(ctx.server.db, [...new Set(rows.flatMap((r) => r.fileIds))])).map((f) => [f.id, f]));
  const history = rows.map((row) => {
    const own = orderByFileIds(row.fileIds, row.fileIds.map((id) => files.get(id)).filter((f): f is NonNullable<typeof f> => !!f));
    return toApiPost(row, { metadata: own.length ? { files: own.map(toApiFileInfo) } : {} });
  });
  return ctx.json(200, history);
};
