import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { withAncillaryPermissions } from './ancillary';

/** POST /permissions/ancillary with a JSON array of permission ids. */
export const getAncillaryPermissionsPost: Handler<'GetAncillaryPermissionsPost'> = async (ctx) => {
  const body = ctx.body as unknown;
  if (!Array.isArray(body) || body.length < 1 || body.some((p) => typeof p !== 'string')) {
    throw new AppError('api.payload.parse.error', 'Error parsing the payload', 400);
  }
  return ctx.json(200, withAncillaryPermissions(body as string[]) as never);
};
