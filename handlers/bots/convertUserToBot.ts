import type { Handler } from '../../server/http/handler';
import { convertUserToBot as convert } from '../../app/bots/bots';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { loadUser } from '../../app/integrations/common';
import { resolveUserId } from '../params';

/** POST /users/{user_id}/convert_to_bot: the user becomes a bot that owns itself. */
export const convertUserToBot: Handler<'ConvertUserToBot'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const user = await loadUser(ctx.server, userId);
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  return ctx.json(200, (await convert(ctx.server, user)) as never);
};
