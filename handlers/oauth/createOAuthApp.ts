import type { Handler } from '../../server/http/handler';
import { createOAuthApp as create, type OAuthAppInput } from '../../app/oauth/apps';

/** POST /oauth/apps (201): the app with its client secret; is_trusted only from system admins. */
export const createOAuthApp: Handler<'CreateOAuthApp'> = async (ctx) => ctx.json(201, (await create(ctx.server, ctx.session, ctx.body as OAuthAppInput)) as never);
