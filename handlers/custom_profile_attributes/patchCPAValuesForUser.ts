import type { Handler } from '../../server/http/handler';
import { patchCpaValues, requireCpaApi } from '../../app/properties/cpa';
import { resolveUserId } from '../params';

/** Sets a user's attribute values: the user, or whoever may edit other users. */
export const patchCPAValuesForUser: Handler<'PatchCPAValuesForUser'> = async (ctx) => {
  requireCpaApi(ctx.server);
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const updates = ctx.body as unknown as Record<string, unknown>;
  return ctx.json(200, (await patchCpaValues(ctx.server, ctx.session, userId, updates)) as never);
};
