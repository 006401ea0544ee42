import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { canEditUser, loadUser, requireManageSystemForAdmin } from '../../app/users/access';
import { createUserAccessToken as create } from '../../app/tokens/userAccessTokens';
import { resolveUserId } from '../params';

export const createUserAccessToken: Handler<'CreateUserAccessToken'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const user = await loadUser(server, userId);
  const description = (ctx.body as { description?: unknown } | undefined)?.description;
  if (typeof description !== 'string' || description === '') throw Errors.invalidBodyParam('description');
  if (!hasSystemPermission(server, session, 'create_user_access_token')) throw Errors.permission('create_user_access_token');
  if (!(await canEditUser(server, session, userId, user))) throw Errors.permission('edit_other_users');
  requireManageSystemForAdmin(server, session, user);
  return ctx.json(200, (await create(server, user, description)) as never);
};
