import type { Handler } from '../../server/http/handler';
import { postCount, roundOffToZeroesResolution } from '../../app/system/analytics';

/** People's posts that are not deleted, rounded down to at most three zeroes. */
export const getPostsUsage: Handler<'GetPostsUsage'> = async (ctx) => {
  const total = await postCount(ctx.server.db, { excludeDeleted: true, usersPostsOnly: true });
  return ctx.json(200, { count: roundOffToZeroesResolution(total, 3) } as never);
};
