import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';
import { getPostById } from '../../db/queries/posts';
import { getChannelById } from '../../db/queries/channels';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL_CONTENT } from '../../server/permissions/permissionIds';
import { doPostAction as run } from '../../app/actions/postAction';
import { invalidParam } from '../../app/integrations/common';
import { isValidId } from '../../server/ids';

/**
 * POST /posts/{post_id}/actions/{action_id} {selected_option?, cookie?}: runs a button or menu of
 * the post for the caller, who must be able to read the channel. Action cookies are never
 * issued by this server, so one that is sent cannot be read (Mattermost's answer to a bad cookie).
 */
export const doPostAction: Handler<'DoPostAction'> = async (ctx) => {
  const postId = ctx.params.post_id;
  if (!isValidId(postId)) throw invalidParam('post_id');
  const body = (ctx.body ?? {}) as { selected_option?: unknown; cookie?: unknown };
  if (typeof body.cookie === 'string' && body.cookie !== '') {
    throw new AppError('api.post.do_action.action_integration.app_error', 'Action integration error.', 400, 'the action cookie cannot be decrypted');
  }
  const post = await getPostById(ctx.server.db, postId);
  const channel = post ? await getChannelById(ctx.server.db, post.channelId) : undefined;
  if (!channel || !(await hasChannelPermission(ctx.server, ctx.session, channel, READ_CHANNEL_CONTENT))) throw Errors.permission(READ_CHANNEL_CONTENT);
  const selected = typeof body.selected_option === 'string' ? body.selected_option : '';
  const triggerId = await run(ctx.server, postId, ctx.params.action_id, ctx.session.user_id, selected);
  return ctx.json(200, { status: 'OK', trigger_id: triggerId });
};
