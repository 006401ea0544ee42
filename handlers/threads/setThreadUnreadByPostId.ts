import type { Handler } from '../../server/http/handler';
import { setThreadUnreadByPost } from '../../app/threads/threads';
import { requireId } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const setThreadUnreadByPostId: Handler<'SetThreadUnreadByPostId'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const threadId = requireId(ctx.params.thread_id, 'thread_id');
  const postId = requireId(ctx.params.post_id, 'post_id');
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const thread = await setThreadUnreadByPost(ctx.server, ctx.session, userId, teamId, threadId, postId);
  return ctx.json(200, thread as never);
};
