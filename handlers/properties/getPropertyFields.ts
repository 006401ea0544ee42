import type { Handler } from '../../server/http/handler';
import { listFields } from '../../app/properties/listFields';
import { toApiField } from '../../app/properties/model';
import { propertyRoute } from '../../app/properties/route';

/** A scope's fields of one object type in a group, oldest first. */
export const getPropertyFields: Handler<'GetPropertyFields'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const fields = await listFields(ctx.server, ctx.session, group, ctx.params.object_type, ctx.hono.req.query());
  return ctx.json(200, fields.map(toApiField));
};
