import type { Handler } from '../../server/http/handler';
import { savePinned } from './pinning';

/** POST /posts/{post_id}/unpin. */
export const unpinPost: Handler<'UnpinPost'> = async (ctx) => {
  await savePinned(ctx.server, ctx.session, ctx.params.post_id, false);
  return ctx.json(200, { status: 'OK' });
};
