import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { sessionHasPermissionToUserOrBot } from '../../app/bots/access';
import { listTokensForUser } from '../../app/tokens/userAccessTokens';
import { paging } from '../../app/users/params';
import { resolveUserId } from '../params';

export const getUserAccessTokensForUser: Handler<'GetUserAccessTokensForUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  if (!hasSystemPermission(server, session, 'read_user_access_token')) throw Errors.permission('read_user_access_token');
  if (!(await sessionHasPermissionToUserOrBot(server, session, userId))) throw Errors.permission('edit_other_users');
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  return ctx.json(200, (await listTokensForUser(server, userId, page, perPage)) as never);
};
