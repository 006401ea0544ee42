import type { Handler } from '../../server/http/handler';
import { updateCommandFrom, type CommandInput } from '../../app/commands/manage';
import { invalidParam } from '../../app/integrations/common';

export const updateCommand: Handler<'UpdateCommand'> = async (ctx) => {
  const input = ctx.body as CommandInput;
  if (input.id !== ctx.params.command_id) throw invalidParam('command');
  return ctx.json(200, (await updateCommandFrom(ctx.server, ctx.session, ctx.params.command_id, input)) as never);
};
