import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { CREATE_POST_EPHEMERAL } from '../../server/permissions/permissionIds';
import { sendEphemeralPost } from '../../app/posts/ephemeral';

/**
 * POST /posts/ephemeral {user_id, post} (201): a post shown to one user only, never stored
 * (create_post_ephemeral, a system permission). It reaches the user as `ephemeral_message`.
 */
export const createPostEphemeral: Handler<'CreatePostEphemeral'> = async (ctx) => {
  const body = ctx.body as { user_id: string; post: { channel_id: string; message: string; root_id?: string; props?: Record<string, unknown> } };
  if (!body.user_id) throw Errors.invalidBodyParam('user_id');
  if (!body.post) throw Errors.invalidBodyParam('post');
  if (!hasSystemPermission(ctx.server, ctx.session, CREATE_POST_EPHEMERAL)) throw Errors.permission(CREATE_POST_EPHEMERAL);
  const { channel_id, message, root_id, props } = body.post;
  const post = sendEphemeralPost(ctx.server, body.user_id, {
    channel_id,
    message,
    root_id: typeof root_id === 'string' ? root_id : '',
    props: props && typeof props === 'object' && !Array.isArray(props) ? props : {},
    user_id: ctx.session.user_id,
  });
  return ctx.json(201, post);
};
