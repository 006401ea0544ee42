import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getUserStatus } from './getUserStatus';
import { getUsersStatusesByIds } from './getUsersStatusesByIds';
import { postUserRecentCustomStatusDelete } from './postUserRecentCustomStatusDelete';
import { removeRecentCustomStatus } from './removeRecentCustomStatus';
import { unsetUserCustomStatus } from './unsetUserCustomStatus';
import { updateUserCustomStatus } from './updateUserCustomStatus';
import { updateUserStatus } from './updateUserStatus';

export const statusHandlers: TagHandlers<'status'> = {
  GetUsersStatusesByIds: getUsersStatusesByIds,
  GetUserStatus: getUserStatus,
  UpdateUserStatus: updateUserStatus,
  UpdateUserCustomStatus: updateUserCustomStatus,
  UnsetUserCustomStatus: unsetUserCustomStatus,
  RemoveRecentCustomStatus: removeRecentCustomStatus,
  PostUserRecentCustomStatusDelete: postUserRecentCustomStatusDelete,
};
