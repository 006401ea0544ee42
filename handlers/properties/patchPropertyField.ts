import type { Handler } from '../../server/http/handler';
import { patchField } from '../../app/properties/fields';
import { toApiField } from '../../app/properties/model';
import { propertyRoute, requireFieldId } from '../../app/properties/route';

/** Renames, retypes or changes the attrs of a field (target_id / target_type are never patched). */
export const patchPropertyField: Handler<'PatchPropertyField'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const fieldId = requireFieldId(ctx.params.field_id);
  const field = await patchField(ctx.server, ctx.session, group, ctx.params.object_type, fieldId, ctx.body as Record<string, unknown>);
  return ctx.json(200, toApiField(field));
};
