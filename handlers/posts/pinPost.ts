import type { Handler } from '../../server/http/handler';
import { savePinned } from './pinning';

/** POST /posts/{post_id}/pin: anyone who can read the channel pins; `post_edited` follows. */
export const pinPost: Handler<'PinPost'> = async (ctx) => {
  await savePinned(ctx.server, ctx.session, ctx.params.post_id, true);
  return ctx.json(200, { status: 'OK' });
};
