import type { Handler } from '../../server/http/handler';
import { getFlaggedPostsForUser as list } from '../../app/search/flagged';
import { perPage } from '../../app/threads/params';
import { resolveUserId } from '../params';

export const getFlaggedPostsForUser: Handler<'GetFlaggedPostsForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const page = Number.isInteger(ctx.query.page) && ctx.query.page! >= 0 ? ctx.query.page! : 0;
  const posts = await list(ctx.server, ctx.session, userId, {
    channelId: ctx.query.channel_id ?? '',
    teamId: ctx.query.team_id ?? '',
    page,
    perPage: perPage(ctx.query.per_page),
  });
  return ctx.json(200, posts);
};
