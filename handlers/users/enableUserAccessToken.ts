import type { Handler } from '../../server/http/handler';
import { audit } from '../../app/audits/audits';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { sessionHasPermissionToUserOrBot } from '../../app/bots/access';
import { findToken, enableToken } from '../../app/tokens/userAccessTokens';

export const enableUserAccessToken: Handler<'EnableUserAccessToken'> = async (ctx) => {
  const { server, session } = ctx;
  const tokenId = (ctx.body as { token_id?: unknown } | undefined)?.token_id;
  if (typeof tokenId !== 'string' || tokenId === '') throw Errors.invalidBodyParam('token_id');
  await audit(server, ctx, '');
  if (!hasSystemPermission(server, session, 'create_user_access_token')) throw Errors.permission('create_user_access_token');
  const row = await findToken(server, tokenId);
  if (!(await sessionHasPermissionToUserOrBot(server, session, row.userId))) throw Errors.permission('edit_other_users');
  await enableToken(server, row);
  await audit(server, ctx, `success - token_id=${row.id}`);
  return ctx.json(200, { status: 'OK' } as never);
};
