import type { Handler } from '../../server/http/handler';
import { SYSTEM_TARGET_ID, toApiValue } from '../../app/properties/model';
import { propertyRoute } from '../../app/properties/route';
import { listValues } from '../../app/properties/values';

/** The group's values attached to the server itself (readable by every user). */
export const getSystemPropertyValues: Handler<'GetSystemPropertyValues'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const values = await listValues(ctx.server, ctx.session, group, 'system', SYSTEM_TARGET_ID, ctx.hono.req.query());
  return ctx.json(200, values.map(toApiValue));
};
