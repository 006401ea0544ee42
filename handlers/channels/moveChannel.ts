import type { Handler } from '../../server/http/handler';
import { loadChannel, loadTeam, requireChannelId } from '../../app/channels/access';
import { moveChannel as move } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { loadUser } from '../../app/channels/membersAccess';
import { AppError, Errors } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/** POST /channels/{channel_id}/move {team_id, force}: system admins move a team channel to another team. */
export const moveChannel: Handler<'MoveChannel'> = async (ctx) => {
  const id = requireChannelId(ctx.params.channel_id);
  const channel = await loadChannel(ctx.server, id);
  const body = (ctx.body ?? {}) as { team_id?: unknown; force?: unknown };
  if (typeof body.team_id !== 'string') throw Errors.invalidBodyParam('team_id');
  if (typeof body.force !== 'boolean') throw Errors.invalidBodyParam('force');
  const team = await loadTeam(ctx.server, body.team_id);
  if (channel.type === 'D' || channel.type === 'G') {
    throw new AppError('api.channel.move_channel.type.invalid', 'Direct and group message channels cannot be moved.', 403);
  }
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  const moved = await move(ctx.server, channel, team, body.force, await loadUser(ctx.server.db, ctx.session.user_id));
  return ctx.json(200, toApiChannel(moved));
};
