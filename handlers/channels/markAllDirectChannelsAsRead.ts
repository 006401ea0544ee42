import type { Handler } from '../../server/http/handler';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { resolveUserId } from '../params';
import { viewDirectChannels } from '../../app/channels/view';
import { requirePermissionToUser } from '../../app/channels/membersAccess';

/** Mattermost's FeatureFlags.EnableShiftEscapeToMarkAllRead (off by default). */
function markAllReadEnabled(server: ServerContext): boolean {
  const flags = (server.config.get() as unknown as { FeatureFlags?: { EnableShiftEscapeToMarkAllRead?: boolean } }).FeatureFlags;
  return flags?.EnableShiftEscapeToMarkAllRead === true;
}

/**
 * PUT /channels/members/{user_id}/direct/read: marks every DM and GM of the user read. Behind
 * a feature flag that is off by default; refused with 501 before anything else when off, as Mattermost.
 */
export const markAllDirectChannelsAsRead: Handler<'MarkAllDirectChannelsAsRead'> = async (ctx) => {
  if (!markAllReadEnabled(ctx.server)) {
    throw new AppError('api.mark_all_as_read.disabled.app_error', 'Marking all messages as read is disabled on this server.', 501);
  }
  const userId = resolveUserId(ctx.params.user_id, ctx.session);
  await requirePermissionToUser(ctx.server, ctx.session, userId);
  const times = await viewDirectChannels(ctx.server, userId);
  return ctx.json(200, { status: 'OK', last_viewed_at_times: times });
};
