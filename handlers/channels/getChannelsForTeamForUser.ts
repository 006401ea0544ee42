import type { Handler } from '../../server/http/handler';
import { lastDeleteAt, requirePermissionToUser, requireTeamId } from '../../app/channels/access';
import { withChannelProps } from '../../app/channels/props';
import { listChannelsForTeamForUser } from '../../db/queries/channelLists';
import { AppError } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { VIEW_TEAM } from '../../server/permissions/permissionIds';
import { resolveUserId } from '../params';

/**
 * GET /users/{user_id}/teams/{team_id}/channels: the user's channels in the team plus their
 * direct and group channels. Mattermost answers 404 when there are none.
 */
export const getChannelsForTeamForUser: Handler<'GetChannelsForTeamForUser'> = async (ctx) => {
  const { server, session } = ctx;
  const userId = resolveUserId(ctx.params.user_id, session);
  const teamId = requireTeamId(ctx.params.team_id);
  await requirePermissionToUser(server, session, userId);
  await requireTeamPermission(server, session, teamId, VIEW_TEAM);
  const since = lastDeleteAt(ctx.query.last_delete_at);
  const rows = await listChannelsForTeamForUser(server.db, teamId, userId, ctx.query.include_deleted === true, since);
  if (rows.length === 0) throw new AppError('app.channel.get_channels.not_found.app_error', 'No channels were found.', 404);
  return ctx.json(200, await withChannelProps(server.db, rows));
};
