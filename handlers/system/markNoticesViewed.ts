import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { STATUS_OK } from './ok';

/** PUT /system/notices/view: a list of notice ids; there are no notices to remember here. */
export const markNoticesViewed: Handler<'MarkNoticesViewed'> = async (ctx) => {
  const body = ctx.body as unknown;
  if (!Array.isArray(body) || body.some((x) => typeof x !== 'string')) {
    throw new AppError('api.payload.parse.error', 'Error parsing the payload', 400);
  }
  return ctx.json(200, STATUS_OK as never);
};
