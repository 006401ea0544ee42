import type { Handler } from '../../server/http/handler';
import { environmentConfig } from '../../app/system/environmentConfig';

/** GET /config/environment: Mattermost checks no permission here; it filters what each caller sees. */
export const getEnvironmentConfig: Handler<'GetEnvironmentConfig'> = (ctx) => {
  const res = ctx.json(200, environmentConfig(ctx.server, ctx.session) as never);
  res.headers.set('Cache-Control', 'no-cache, no-store, must-revalidate');
  return res;
};
