import type { Handler } from '../../server/http/handler';
import { loadOAuthApp, regenerateSecret, requireManageApp, requireManageOAuth } from '../../app/oauth/apps';

export const regenerateOAuthAppSecret: Handler<'RegenerateOAuthAppSecret'> = async (ctx) => {
  requireManageOAuth(ctx.server, ctx.session);
  const app = await loadOAuthApp(ctx.server, ctx.params.app_id);
  requireManageApp(ctx.server, ctx.session, app);
  return ctx.json(200, (await regenerateSecret(ctx.server, app)) as never);
};
