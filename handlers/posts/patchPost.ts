import type { Handler } from '../../server/http/handler';
import { requirePostId } from '../../app/posts/access';
import { checkHardenedProps } from '../../app/posts/createPost';
import { requirePatchPermission, requireUploadForNewFiles } from '../../app/posts/editAccess';
import { patchPost as patch } from '../../app/posts/updatePost';

/** PUT /posts/{post_id}/patch: changes only what the body names (message, props, is_pinned, file_ids, has_reactions). */
export const patchPost: Handler<'PatchPost'> = async (ctx) => {
  const postId = requirePostId(ctx.params.post_id);
  const body = ctx.body as { message?: string; is_pinned?: boolean; has_reactions?: boolean; props?: Record<string, unknown>; file_ids?: string[] };
  if (body.props) checkHardenedProps(ctx.server, ctx.session, body.props);
  const { post, channel } = await requirePatchPermission(ctx.server, ctx.session, postId, body.message !== undefined);
  await requireUploadForNewFiles(ctx.server, ctx.session, post, channel, body.file_ids);
  const updated = await patch(
    ctx.server,
    postId,
    { message: body.message, isPinned: body.is_pinned, hasReactions: body.has_reactions, props: body.props, fileIds: body.file_ids },
    ctx.session.user_id,
  );
  return ctx.json(200, updated);
};
