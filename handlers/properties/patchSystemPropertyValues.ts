import type { Handler } from '../../server/http/handler';
import { SYSTEM_TARGET_ID, toApiValue } from '../../app/properties/model';
import { propertyRoute } from '../../app/properties/route';
import { patchValues } from '../../app/properties/values';

/** Sets system-level values of the group (system admins only). */
export const patchSystemPropertyValues: Handler<'PatchSystemPropertyValues'> = async (ctx) => {
  const group = await propertyRoute(ctx.server, ctx.params);
  const values = await patchValues(ctx.server, ctx.session, group, 'system', SYSTEM_TARGET_ID, ctx.body as unknown[]);
  return ctx.json(200, values.map(toApiValue));
};
