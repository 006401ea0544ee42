import type { Handler } from '../../server/http/handler';
import { authorizedApps } from '../../app/oauth/apps';
import { requirePermissionToUser } from '../../app/channels/access';
import { paging } from '../../app/integrations/common';
import { resolveUserId } from '../params';

/** GET /users/{user_id}/oauth/apps/authorized: the apps the user allowed (without secrets). */
export const getAuthorizedOAuthAppsForUser: Handler<'GetAuthorizedOAuthAppsForUser'> = async (ctx) => {
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  const { offset, perPage } = paging(ctx.query);
  return ctx.json(200, (await authorizedApps(ctx.server, userId, offset, perPage)) as never);
};
