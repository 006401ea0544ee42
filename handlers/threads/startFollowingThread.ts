import type { Handler } from '../../server/http/handler';
import { setThreadFollowing } from '../../app/threads/threads';
import { requireId } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const startFollowingThread: Handler<'StartFollowingThread'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const threadId = requireId(ctx.params.thread_id, 'thread_id');
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await setThreadFollowing(ctx.server, ctx.session, userId, teamId, threadId, true);
  return ctx.json(200, { status: 'OK' });
};
