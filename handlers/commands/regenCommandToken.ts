import type { Handler } from '../../server/http/handler';
import { loadCommand, regenCommandToken as regen, requireManageCommand } from '../../app/commands/manage';

/** PUT /commands/{id}/regen_token: {token}. */
export const regenCommandToken: Handler<'RegenCommandToken'> = async (ctx) => {
  const cmd = await loadCommand(ctx.server, ctx.params.command_id);
  await requireManageCommand(ctx.server, ctx.session, cmd);
  return ctx.json(200, { token: await regen(ctx.server, cmd) });
};
