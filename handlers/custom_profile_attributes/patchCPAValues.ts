import type { Handler } from '../../server/http/handler';
import { patchCpaValues, requireCpaApi } from '../../app/properties/cpa';

/** Sets the caller's own attribute values ({field_id: value}). */
export const patchCPAValues: Handler<'PatchCPAValues'> = async (ctx) => {
  requireCpaApi(ctx.server);
  const updates = ctx.body as unknown as Record<string, unknown>;
  return ctx.json(200, (await patchCpaValues(ctx.server, ctx.session, ctx.session.user_id, updates)) as never);
};
