import type { Handler } from '../../server/http/handler';
import { requireEditUser } from '../../app/users/access';
import { auditsPage } from '../../app/audits/audits';
import { paging } from '../../app/users/params';
import { resolveUserId } from '../params';

/** The user's audit rows, newest first: oneself, or edit_other_users (SessionHasPermissionToUser). */
export const getUserAudits: Handler<'GetUserAudits'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requireEditUser(ctx.server, ctx.session, userId);
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  return ctx.json(200, (await auditsPage(ctx.server, userId, page, perPage)) as never);
};
