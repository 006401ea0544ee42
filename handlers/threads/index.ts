import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getThreadMentionCountsByChannel } from './getThreadMentionCountsByChannel';
import { getUserThread } from './getUserThread';
import { getUserThreads } from './getUserThreads';
import { setThreadUnreadByPostId } from './setThreadUnreadByPostId';
import { startFollowingThread } from './startFollowingThread';
import { stopFollowingThread } from './stopFollowingThread';
import { updateThreadReadForUser } from './updateThreadReadForUser';
import { updateThreadsReadForUser } from './updateThreadsReadForUser';

export const threadsHandlers: TagHandlers<'threads'> = {
  GetUserThreads: getUserThreads,
  GetThreadMentionCountsByChannel: getThreadMentionCountsByChannel,
  UpdateThreadsReadForUser: updateThreadsReadForUser,
  GetUserThread: getUserThread,
  StartFollowingThread: startFollowingThread,
  StopFollowingThread: stopFollowingThread,
  UpdateThreadReadForUser: updateThreadReadForUser,
  SetThreadUnreadByPostId: setThreadUnreadByPostId,
};
