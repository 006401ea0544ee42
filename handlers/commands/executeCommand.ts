import type { Handler } from '../../server/http/handler';
import { executeCommand as execute, type ExecuteBody } from '../../app/commands/execute';
import { installIntegrations } from '../../app/integrations/postHooks';
import { requestSiteUrl } from '../../app/users/params';

/** POST /commands/execute: the command's response (Mattermost's CommandResponse). */
export const executeCommand: Handler<'ExecuteCommand'> = async (ctx) => {
  installIntegrations(ctx.server);
  const siteUrl = requestSiteUrl(ctx.server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') });
  const response = await execute(ctx.server, ctx.session, ctx.body as ExecuteBody, siteUrl);
  return ctx.json(200, response as never);
};
