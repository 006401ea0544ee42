import type { Handler } from '../../server/http/handler';
import { requireEditUser } from '../../app/users/access';
import { resolveUserId } from '../params';

/**
 * The user's audit trail. Mattermost writes one row per audited API call to its Audits
 * table; this server keeps no such table yet, so the list is always empty.
 */
export const getUserAudits: Handler<'GetUserAudits'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  return ctx.json(200, [] as never);
};
