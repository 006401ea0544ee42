import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { isValidId } from '../../server/ids';
import { sessionHasPermissionToUserOrBot } from '../../app/bots/access';
import { findToken, toApiToken } from '../../app/tokens/userAccessTokens';

export const getUserAccessToken: Handler<'GetUserAccessToken'> = async (ctx) => {
  const { server, session } = ctx;
  const tokenId = ctx.params.token_id;
  if (!isValidId(tokenId)) throw Errors.invalidUrlParam('token_id');
  if (!hasSystemPermission(server, session, 'read_user_access_token')) throw Errors.permission('read_user_access_token');
  const row = await findToken(server, tokenId);
  if (!(await sessionHasPermissionToUserOrBot(server, session, row.userId))) throw Errors.permission('edit_other_users');
  return ctx.json(200, toApiToken(row) as never);
};
