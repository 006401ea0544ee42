import type { Handler } from '../../server/http/handler';
import { createField } from '../../app/properties/fields';
import { toApiField } from '../../app/properties/model';
import { propertyRoute } from '../../app/properties/route';

/** A new field of the URL's object type, scoped by the body's target_type / target_id. */
export const createPropertyField: Handler<'CreatePropertyField'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const field = await createField(ctx.server, ctx.session, group, ctx.params.object_type, ctx.body as Record<string, unknown>);
  return ctx.json(201, toApiField(field));
};
