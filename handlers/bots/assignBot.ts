import type { Handler } from '../../server/http/handler';
import { assignBot as assign, requireManageBot } from '../../app/bots/bots';
import { getUserById } from '../../db/queries/users';
import { Errors } from '../../server/http/appError';
import { ASSIGN_BOT } from '../../server/permissions/permissionIds';
import { invalidParam } from '../../app/integrations/common';
import { isValidId } from '../../server/ids';

/** POST /bots/{id}/assign/{user_id}: a new owner (never another bot). */
export const assignBot: Handler<'AssignBot'> = async (ctx) => {
  const userId = ctx.params.user_id;
  if (!isValidId(userId)) throw invalidParam('user_id');
  const found = await requireManageBot(ctx.server, ctx.session, ctx.params.bot_user_id);
  const owner = await getUserById(ctx.server.db, userId);
  if (owner?.isBot) throw Errors.permission(ASSIGN_BOT);
  return ctx.json(200, (await assign(ctx.server, found, userId)) as never);
};
