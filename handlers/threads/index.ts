import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const threadsHandlers: TagHandlers<'threads'> = {
  GetUserThreads: notImplemented,
  GetThreadMentionCountsByChannel: notImplemented,
  UpdateThreadsReadForUser: notImplemented,
  GetUserThread: notImplemented,
  StartFollowingThread: notImplemented,
  StopFollowingThread: notImplemented,
  UpdateThreadReadForUser: notImplemented,
  SetThreadUnreadByPostId: notImplemented,
};
