import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { searchTokens } from '../../app/tokens/userAccessTokens';

export const searchUserAccessTokens: Handler<'SearchUserAccessTokens'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, 'manage_system');
  const term = (ctx.body as { term?: unknown } | undefined)?.term;
  if (typeof term !== 'string' || term === '') throw Errors.invalidBodyParam('term');
  return ctx.json(200, (await searchTokens(ctx.server, term)) as never);
};
