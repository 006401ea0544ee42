import type { Handler } from '../../server/http/handler';
import { loadChannel, requireChannelId } from '../../app/channels/access';
import { restoreChannel as restore } from '../../app/channels/updates';
import { toApiChannel } from '../../app/channels/serialize';
import { loadUser } from '../../app/channels/membersAccess';
import { Errors } from '../../server/http/appError';
import { hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { MANAGE_TEAM, SYSCONSOLE_WRITE_USER_MANAGEMENT_CHANNELS } from '../../server/permissions/permissionIds';

/** POST /channels/{channel_id}/restore: unarchives; manage_team in the channel's team (or the console permission). */
export const restoreChannel: Handler<'RestoreChannel'> = async (ctx) => {
  const { server, session } = ctx;
  const channel = await loadChannel(server, requireChannelId(ctx.params.channel_id));
  const allowed =
    (await hasTeamPermission(server, session, channel.teamId, MANAGE_TEAM)) ||
    hasSystemPermission(server, session, SYSCONSOLE_WRITE_USER_MANAGEMENT_CHANNELS);
  if (!allowed) throw Errors.permission(MANAGE_TEAM);
  return ctx.json(200, toApiChannel(await restore(server, channel, await loadUser(server.db, session.user_id))));
};
