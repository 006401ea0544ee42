import type { Handler } from '../../server/http/handler';
import { searchPostsForUser, type SearchBody } from '../../app/search/search';

export const searchPostsAllTeams: Handler<'SearchPostsAllTeams'> = async (ctx) => {
  const results = await searchPostsForUser(ctx.server, ctx.session, '', (ctx.body ?? {}) as SearchBody);
  ctx.hono.header('Cache-Control', 'no-cache, no-store, must-revalidate');
  return ctx.json(200, results as never);
};
