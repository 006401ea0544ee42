import type { Handler } from '../../server/http/handler';
import { createCommand as create, type CommandInput } from '../../app/commands/manage';
import { installIntegrations } from '../../app/integrations/postHooks';

/** POST /commands (201). */
export const createCommand: Handler<'CreateCommand'> = async (ctx) => {
  installIntegrations(ctx.server);
  return ctx.json(201, (await create(ctx.server, ctx.session, ctx.body as CommandInput)) as never);
};
