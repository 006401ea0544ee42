import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const statusHandlers: TagHandlers<'status'> = {
  GetUsersStatusesByIds: notImplemented,
  GetUserStatus: notImplemented,
  UpdateUserStatus: notImplemented,
  UpdateUserCustomStatus: notImplemented,
  UnsetUserCustomStatus: notImplemented,
  RemoveRecentCustomStatus: notImplemented,
  PostUserRecentCustomStatusDelete: notImplemented,
};
