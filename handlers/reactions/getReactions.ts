import type { Handler } from '../../server/http/handler';
import { getReactions as read } from '../../app/reactions/reactions';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export const getReactions: Handler<'GetReactions'> = async (ctx) => {
  if (!isValidId(ctx.params.post_id)) throw Errors.invalidUrlParam('post_id');
  return ctx.json(200, await read(ctx.server, ctx.session, ctx.params.post_id));
};
