import type { Handler } from '../../server/http/handler';
import { deauthorize } from '../../app/oauth/flow';

export const deauthorizeOAuthApp: Handler<'DeauthorizeOAuthApp'> = async (ctx) => {
  await deauthorize(ctx.server, ctx.session.user_id, (ctx.body as { client_id?: unknown }).client_id);
  return ctx.json(200, { status: 'OK' });
};
