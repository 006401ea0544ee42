import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { withAncillaryPermissions } from './ancillary';

/** GET /permissions/ancillary?subsection_permissions=a,b: the list plus each one's ancillary permissions. */
export const getAncillaryPermissions: Handler<'GetAncillaryPermissions'> = async (ctx) => {
  const raw = ctx.hono.req.queries('subsection_permissions')?.[0] ?? '';
  if (raw.length < 1) throw Errors.invalidUrlParam('subsection_permissions');
  return ctx.json(200, withAncillaryPermissions(raw.split(',')) as never);
};
