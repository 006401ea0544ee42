import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { EDIT_POST } from '../../server/permissions/permissionIds';
import { getAnyPostRow } from '../../db/queries/posts';
import { requirePostId } from '../../app/posts/access';
import { requirePatchPermission } from '../../app/posts/editAccess';
import { patchPost } from '../../app/posts/updatePost';

/**
 * POST /posts/{post_id}/restore/{restore_version_id}: the author brings back an earlier version
 * (message and files) of their post; the restore is itself an edit (a new history entry).
 */
export const restorePostVersion: Handler<'RestorePostVersion'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const versionId = ctx.params.restore_version_id;
  if (!/^[A-Za-z0-9]+$/.test(versionId)) throw Errors.invalidUrlParam('restore_version_id');
  const version = await getAnyPostRow(ctx.server.db, versionId);
  if (!version || version.userId !== ctx.session.user_id) throw Errors.permission(EDIT_POST);
  await requirePatchPermission(ctx.server, ctx.session, postId, true);
  if (version.originalId !== postId) {
    throw new AppError('app.post.restore_post_version.not_an_history_item.app_error', 'The provided version is not a history item of this post.', 400);
  }
  if (version.deleteAt === 0) {
    throw new AppError('app.post.restore_post_version.not_valid_post_history_item.app_error', 'The provided version is not a valid post history item.', 400);
  }
  const restored = await patchPost(ctx.server, postId, { message: version.message, fileIds: version.fileIds }, ctx.session.user_id);
  return ctx.json(200, restored);
};
