import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const scheduledPostHandlers: TagHandlers<'scheduled_post'> = {
  CreateScheduledPost: notImplemented,
  UpdateScheduledPost: notImplemented,
  DeleteScheduledPost: notImplemented,
  GetUserScheduledPosts: notImplemented,
};
