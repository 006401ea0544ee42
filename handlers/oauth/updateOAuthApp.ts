import type { Handler } from '../../server/http/handler';
import { updateOAuthAppFrom, type OAuthAppInput } from '../../app/oauth/apps';

export const updateOAuthApp: Handler<'UpdateOAuthApp'> = async (ctx) =>
  ctx.json(200, (await updateOAuthAppFrom(ctx.server, ctx.session, ctx.params.app_id, ctx.body as OAuthAppInput)) as never);
