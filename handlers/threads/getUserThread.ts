import type { Handler } from '../../server/http/handler';
import { getThreadForUser } from '../../app/threads/threads';
import { requireId } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const getUserThread: Handler<'GetUserThread'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  requireId(ctx.params.team_id, 'team_id');
  const threadId = requireId(ctx.params.thread_id, 'thread_id');
  const thread = await getThreadForUser(ctx.server, ctx.session, userId, threadId, ctx.query.extended === true);
  return ctx.json(200, thread as never);
};
