import type { Handler } from '../../server/http/handler';
import { requireCpaFieldId, touchCpaField, requireCpaApi } from '../../app/properties/cpa';

/** An unknown field is a 404; a known one is refused by the licence. */
export const patchCPAField: Handler<'PatchCPAField'> = async (ctx) => {
  requireCpaApi(ctx.server);
  const fieldId = requireCpaFieldId(ctx.params.field_id);
  return touchCpaField(ctx.server, fieldId, ctx.body as Record<string, unknown>);
};
