/**
 * Scheduled posts need a licence in Mattermost (requireScheduledPostsEnabled): with
 * ServiceSettings.ScheduledPosts on (its default) an unlicensed server refuses every scheduled
 * post operation with 400 api.scheduled_posts.license_error; with it off, with 400
 * api.scheduled_posts.feature_disabled. This server is unlicensed, so it answers the same.
 */
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';

export function refuseScheduledPosts(server: ServerContext): never {
  const enabled = (server.config.get().ServiceSettings as { ScheduledPosts?: boolean }).ScheduledPosts;
  if (enabled === false) {
    throw new AppError('api.scheduled_posts.feature_disabled', 'Scheduled posts feature is disabled.', 400);
  }
  throw new AppError('api.scheduled_posts.license_error', 'Scheduled posts feature requires a license.', 400);
}
