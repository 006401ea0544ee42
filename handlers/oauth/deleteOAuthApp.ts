import type { Handler } from '../../server/http/handler';
import { loadOAuthApp, removeOAuthApp, requireManageApp, requireManageOAuth } from '../../app/oauth/apps';

/** DELETE /oauth/apps/{id}: the app, its grants (their sessions end) and authorizations. */
export const deleteOAuthApp: Handler<'DeleteOAuthApp'> = async (ctx) => {
  requireManageOAuth(ctx.server, ctx.session);
  const app = await loadOAuthApp(ctx.server, ctx.params.app_id);
  requireManageApp(ctx.server, ctx.session, app);
  await removeOAuthApp(ctx.server, app);
  return ctx.json(200, { status: 'OK' });
};
