import type { Handler } from '../../server/http/handler';
import { moveCommand as move } from '../../app/commands/manage';

/** PUT /commands/{id}/move {team_id}. */
export const moveCommand: Handler<'MoveCommand'> = async (ctx) => {
  await move(ctx.server, ctx.session, ctx.params.command_id, String((ctx.body as { team_id?: unknown }).team_id ?? ''));
  return ctx.json(200, { status: 'OK' });
};
