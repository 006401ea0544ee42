import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createScheduledPost } from './createScheduledPost';
import { deleteScheduledPost } from './deleteScheduledPost';
import { getUserScheduledPosts } from './getUserScheduledPosts';
import { updateScheduledPost } from './updateScheduledPost';

export const scheduledPostHandlers: TagHandlers<'scheduled_post'> = {
  CreateScheduledPost: createScheduledPost,
  UpdateScheduledPost: updateScheduledPost,
  DeleteScheduledPost: deleteScheduledPost,
  GetUserScheduledPosts: getUserScheduledPosts,
};
