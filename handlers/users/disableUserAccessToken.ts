import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { canEditUser } from '../../app/users/access';
import { findToken, disableToken } from '../../app/tokens/userAccessTokens';

export const disableUserAccessToken: Handler<'DisableUserAccessToken'> = async (ctx) => {
  const { server, session } = ctx;
  const tokenId = (ctx.body as { token_id?: unknown } | undefined)?.token_id;
  if (typeof tokenId !== 'string' || tokenId === '') throw Errors.invalidBodyParam('token_id');
  if (!hasSystemPermission(server, session, 'revoke_user_access_token')) throw Errors.permission('revoke_user_access_token');
  const row = await findToken(server, tokenId);
  if (!(await canEditUser(server, session, row.userId))) throw Errors.permission('edit_other_users');
  await disableToken(server, row);
  return ctx.json(200, { status: 'OK' } as never);
};
