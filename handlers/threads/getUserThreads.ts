import type { Handler } from '../../server/http/handler';
import { getThreadsForUser } from '../../app/threads/threads';
import { perPage, requireId } from '../../app/threads/params';
import { Errors } from '../../server/http/appError';
import { resolveUserId } from '../params';

export const getUserThreads: Handler<'GetUserThreads'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireId(ctx.params.team_id, 'team_id');
  const q = ctx.query;
  if (q.since !== undefined && (!Number.isInteger(q.since) || q.since < 0)) throw Errors.invalidUrlParam('since');
  const threads = await getThreadsForUser(ctx.server, ctx.session, userId, teamId, {
    since: q.since ?? 0,
    deleted: q.deleted === true,
    extended: q.extended === true,
    unread: q.unread === true,
    totalsOnly: q.totalsOnly === true,
    threadsOnly: q.threadsOnly === true,
    before: q.before ?? '',
    after: q.after ?? '',
    pageSize: perPage(q.per_page),
  });
  return ctx.json(200, threads as never);
};
