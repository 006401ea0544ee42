import type { Handler } from '../../server/http/handler';
import { requireCpaApi } from '../../app/properties/cpa';
import { AppError } from '../../server/http/appError';

/** User attributes need an Enterprise licence. */
export const getCPAGroup: Handler<'GetCPAGroup'> = async (ctx) => {
  requireCpaApi(ctx.server);
  throw new AppError('app.property.license_error', 'Your license does not support properties.', 403, 'an Enterprise license is required');
};
