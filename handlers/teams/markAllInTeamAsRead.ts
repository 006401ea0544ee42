import type { Handler } from '../../server/http/handler';
import { requireTeamId, sessionHasPermissionToUser } from '../../app/teams/access';
import { markTeamChannelsViewed } from '../../db/queries/teamLists';
import { AppError, Errors } from '../../server/http/appError';
import { requireTeamPermission } from '../../server/permissions/authorization';
import { EDIT_OTHER_USERS, VIEW_TEAM } from '../../server/permissions/permissionIds';
import { nowMillis } from '../../server/ids';
import { resolveUserId } from '../params';

/**
 * Mattermost's readAllInTeam: behind a feature flag that is off by default, so the answer is
 * Mattermost's 501; when on, every channel of the team the user is in is marked read.
 */
export const markAllInTeamAsRead: Handler<'MarkAllInTeamAsRead'> = async (ctx) => {
  if (!ctx.server.config.get().FeatureFlags.EnableShiftEscapeToMarkAllRead) {
    throw new AppError('api.mark_all_as_read.disabled.app_error', 'Marking all messages as read is disabled on this server.', 501);
  }
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  const teamId = requireTeamId(ctx.params.team_id);
  if (!(await sessionHasPermissionToUser(ctx.server, ctx.session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
  await requireTeamPermission(ctx.server, ctx.session, teamId, VIEW_TEAM);
  const now = nowMillis();
  const channelIds = await markTeamChannelsViewed(ctx.server.db, teamId, userId, now);
  const times = Object.fromEntries(channelIds.map((id) => [id, now]));
  return ctx.json(200, { status: 'OK', last_viewed_at_times: times } as never);
};
