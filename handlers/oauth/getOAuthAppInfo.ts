import type { Handler } from '../../server/http/handler';
import { loadOAuthApp, toApiOAuthApp } from '../../app/oauth/apps';

/** GET /oauth/apps/{id}/info: what a user authorizing the app sees (no secret). */
export const getOAuthAppInfo: Handler<'GetOAuthAppInfo'> = async (ctx) => {
  const app = await loadOAuthApp(ctx.server, ctx.params.app_id);
  return ctx.json(200, toApiOAuthApp(app, true) as never);
};
