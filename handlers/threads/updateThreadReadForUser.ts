import type { Handler } from '../../server/http/handler';
import { updateThreadReadForUser as markRead } from '../../app/threads/threads';
import { requireId, requireTimestamp } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const updateThreadReadForUser: Handler<'UpdateThreadReadForUser'> = async (ctx) => {
  const timestamp = requireTimestamp(ctx.params.timestamp);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const threadId = requireId(ctx.params.thread_id, 'thread_id');
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const thread = await markRead(ctx.server, ctx.session, userId, teamId, threadId, timestamp);
  return ctx.json(200, thread as never);
};
