import type { Handler } from '../../server/http/handler';
import { hasTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';
import { commandNotFound, loadCommand, requireManageCommand } from '../../app/commands/manage';
import { toApiCommand } from '../../app/commands/serialize';

/** GET /commands/{id}: only to those who may manage it; to others it does not exist. */
export const getCommandById: Handler<'GetCommandById'> = async (ctx) => {
  const cmd = await loadCommand(ctx.server, ctx.params.command_id).catch((err) => {
    if (err?.statusCode === 501) throw err;
    throw commandNotFound();
  });
  if (!(await hasTeamPermission(ctx.server, ctx.session, cmd.teamId, VIEW_TEAM))) throw commandNotFound();
  await requireManageCommand(ctx.server, ctx.session, cmd, true);
  return ctx.json(200, toApiCommand(cmd) as never);
};
