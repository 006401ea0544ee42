import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { loadUser, requireManageSystemForAdmin } from '../../app/users/access';
import { sessionHasPermissionToUserOrBot } from '../../app/bots/access';
import { createUserAccessToken as create } from '../../app/tokens/userAccessTokens';
import { resolveUserId } from '../params';

/** `expires_at` (milliseconds, 0 = never) bounds the token's life, as in Mattermost's UserAccessToken. */
export const createUserAccessToken: Handler<'CreateUserAccessToken'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const user = await loadUser(server, userId);
  const body = ctx.body as { description?: unknown; expires_at?: unknown } | undefined;
  const description = body?.description;
  if (typeof description !== 'string' || description === '') throw Errors.invalidBodyParam('description');
  const expiresAt = typeof body?.expires_at === 'number' ? body.expires_at : 0;
  await audit(server, ctx, '');
  if (!hasSystemPermission(server, session, 'create_user_access_token')) throw Errors.permission('create_user_access_token');
  if (!(await sessionHasPermissionToUserOrBot(server, session, userId))) throw Errors.permission('edit_other_users');
  requireManageSystemForAdmin(server, session, user);
  const token = await create(server, user, description, expiresAt);
  await audit(server, ctx, `success - token_id=${token.id}`);
  return ctx.json(200, token as never);
};
