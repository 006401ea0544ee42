import type { Handler } from '../../server/http/handler';
import { removeRecent } from './removeRecentCustomStatus';

export const postUserRecentCustomStatusDelete: Handler<'PostUserRecentCustomStatusDelete'> = async (ctx) => {
  await removeRecent(ctx);
  return ctx.json(200, { status: 'OK' } as never);
};
