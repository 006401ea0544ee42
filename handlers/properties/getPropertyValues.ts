import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { templateNoValues } from '../../app/properties/access';
import { toApiValue } from '../../app/properties/model';
import { checkPropertyRoute, requireTargetId } from '../../app/properties/route';
import { getV2Group } from '../../app/properties/groups';
import { listValues } from '../../app/properties/values';

export const systemUseDedicatedRoute = () =>
  new AppError('api.property_value.system_use_dedicated_route.app_error', 'System values have their own endpoint.', 400, 'system values must use the dedicated system values endpoint');

/** One target's values in a group (templates have none; system values have their own route). */
export const getPropertyValues: Handler<'GetPropertyValues'> = async (ctx) => {
  const objectType = ctx.params.object_type;
  checkPropertyRoute(ctx.server, ctx.params);
  if (objectType === 'template') throw templateNoValues();
  if (objectType === 'system') throw systemUseDedicatedRoute();
  const targetId = requireTargetId(ctx.params.target_id);
  const group = await getV2Group(ctx.server, ctx.params.group_name);
  const values = await listValues(ctx.server, ctx.session, group, objectType, targetId, ctx.hono.req.query());
  return ctx.json(200, values.map(toApiValue));
};
