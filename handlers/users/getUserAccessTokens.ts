import type { Handler } from '../../server/http/handler';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { listAllTokens } from '../../app/tokens/userAccessTokens';
import { paging } from '../../app/users/params';

export const getUserAccessTokens: Handler<'GetUserAccessTokens'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, 'manage_system');
  const { page, perPage } = paging(ctx.query as Record<string, unknown>);
  return ctx.json(200, (await listAllTokens(ctx.server, page, perPage)) as never);
};
