import type { Handler } from '../../server/http/handler';
import { templateNoValues } from '../../app/properties/access';
import { toApiValue } from '../../app/properties/model';
import { checkPropertyRoute, requireTargetId } from '../../app/properties/route';
import { getV2Group } from '../../app/properties/groups';
import { patchValues } from '../../app/properties/values';
import { systemUseDedicatedRoute } from './getPropertyValues';

/** Sets up to 50 fields' values for one target, all or nothing. */
export const patchPropertyValues: Handler<'PatchPropertyValues'> = async (ctx) => {
  const objectType = ctx.params.object_type;
  checkPropertyRoute(ctx.server, ctx.params);
  if (objectType === 'template') throw templateNoValues();
  if (objectType === 'system') throw systemUseDedicatedRoute();
  const targetId = requireTargetId(ctx.params.target_id);
  const group = await getV2Group(ctx.server, ctx.params.group_name);
  const values = await patchValues(ctx.server, ctx.session, group, objectType, targetId, ctx.body as unknown[]);
  return ctx.json(200, values.map(toApiValue));
};
