import type { Handler } from '../../server/http/handler';
import { updateThreadsReadForUser as markAllRead } from '../../app/threads/threads';
import { requireId } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const updateThreadsReadForUser: Handler<'UpdateThreadsReadForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  await markAllRead(ctx.server, ctx.session, userId, teamId);
  return ctx.json(200, { status: 'OK' });
};
