import type { Handler } from '../../server/http/handler';
import { listCpaFields, requireCpaApi } from '../../app/properties/cpa';

/** The user-attribute fields: none can exist without a licence, so the list is empty. */
export const listAllCPAFields: Handler<'ListAllCPAFields'> = async (ctx) => {
  requireCpaApi(ctx.server);
  return ctx.json(200, (await listCpaFields(ctx.server)) as never);
};
