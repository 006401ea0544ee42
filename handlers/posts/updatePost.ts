import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requirePostId } from '../../app/posts/access';
import { checkHardenedProps } from '../../app/posts/createPost';
import { checkEditTimeLimit, requireOthersEditPermission, requireUpdatePermission, requireUploadForNewFiles } from '../../app/posts/editAccess';
import { updatePost as update } from '../../app/posts/updatePost';

/**
 * PUT /posts/{post_id}: replaces the post's message, props, pin and reaction flag (what the
 * body omits is cleared, as in Mattermost); file_ids are kept unless given.
 */
export const updatePost: Handler<'UpdatePost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const body = ctx.body as { id: string; message?: string; is_pinned?: boolean; has_reactions?: boolean; props?: Record<string, unknown>; file_ids?: string[] };
  if (body.id !== postId) throw Errors.invalidBodyParam('id');
  checkHardenedProps(ctx.server, ctx.session, body.props);
  const { post, channel } = await requireUpdatePermission(ctx.server, ctx.session, postId);
  const fileIds = body.file_ids ?? post.fileIds;
  await requireUploadForNewFiles(ctx.server, ctx.session, post, channel, fileIds);
  await requireOthersEditPermission(ctx.server, ctx.session, post, channel);
  const message = body.message ?? '';
  checkEditTimeLimit(ctx.server, post, message !== post.message);
  const updated = await update(
    ctx.server,
    postId,
    { message, isPinned: body.is_pinned === true, hasReactions: body.has_reactions === true, props: body.props ?? {}, fileIds },
    ctx.session.user_id,
  );
  return ctx.json(200, updated);
};
