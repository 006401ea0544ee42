import type { Handler } from '../../server/http/handler';
import { createCpaField, requireCpaApi } from '../../app/properties/cpa';

/** System admins only; then refused by the licence (Enterprise). */
export const createCPAField: Handler<'CreateCPAField'> = async (ctx) => {
  requireCpaApi(ctx.server);
  return createCpaField(ctx.server, ctx.session);
};
