import type { Handler } from '../../server/http/handler';
import { loadCommand, removeCommand, requireManageCommand } from '../../app/commands/manage';

export const deleteCommand: Handler<'DeleteCommand'> = async (ctx) => {
  const cmd = await loadCommand(ctx.server, ctx.params.command_id);
  await requireManageCommand(ctx.server, ctx.session, cmd);
  await removeCommand(ctx.server, cmd);
  return ctx.json(200, { status: 'OK' });
};
