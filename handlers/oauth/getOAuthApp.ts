import type { Handler } from '../../server/http/handler';
import { loadOAuthApp, requireManageApp, requireManageOAuth, toApiOAuthApp } from '../../app/oauth/apps';

export const getOAuthApp: Handler<'GetOAuthApp'> = async (ctx) => {
  requireManageOAuth(ctx.server, ctx.session);
  const app = await loadOAuthApp(ctx.server, ctx.params.app_id);
  requireManageApp(ctx.server, ctx.session, app);
  return ctx.json(200, toApiOAuthApp(app) as never);
};
