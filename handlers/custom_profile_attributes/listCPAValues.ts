import type { Handler } from '../../server/http/handler';
import { listCpaValues, requireCpaApi } from '../../app/properties/cpa';
import { resolveUserId } from '../params';

/** A user's attribute values as {field_id: value}, for whoever may see the user. */
export const listCPAValues: Handler<'ListCPAValues'> = async (ctx) => {
  requireCpaApi(ctx.server);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  return ctx.json(200, (await listCpaValues(ctx.server, ctx.session, userId)) as never);
};
