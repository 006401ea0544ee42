import type { Handler } from '../../server/http/handler';
import { deleteField } from '../../app/properties/fields';
import { propertyRoute, requireFieldId } from '../../app/properties/route';

/** Soft-deletes a field and its values. */
export const deletePropertyField: Handler<'DeletePropertyField'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const fieldId = requireFieldId(ctx.params.field_id);
  await deleteField(ctx.server, ctx.session, group, ctx.params.object_type, fieldId);
  return ctx.json(200, { status: 'OK' });
};
