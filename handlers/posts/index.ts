import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { burnPostNow } from './burnPostNow';
import { createPost } from './createPost';
import { createPostEphemeral } from './createPostEphemeral';
import { deleteAcknowledgementForPost } from './deleteAcknowledgementForPost';
import { deletePost } from './deletePost';
import { doPostAction } from './doPostAction';
import { getFileInfosForPost } from './getFileInfosForPost';
import { getFlaggedPostsForUser } from './getFlaggedPostsForUser';
import { getPost } from './getPost';
import { getPostEditHistory } from './getPostEditHistory';
import { getPostInfo } from './getPostInfo';
import { getPostThread } from './getPostThread';
import { getPostsAroundLastUnread } from './getPostsAroundLastUnread';
import { getPostsByIds } from './getPostsByIds';
import { getPostsForChannel } from './getPostsForChannel';
import { moveThread } from './moveThread';
import { patchPost } from './patchPost';
import { pinPost } from './pinPost';
import { restorePostVersion } from './restorePostVersion';
import { revealBurnOnReadPost } from './revealBurnOnReadPost';
import { rewriteMessage } from './rewriteMessage';
import { saveAcknowledgementForPost } from './saveAcknowledgementForPost';
import { searchPosts } from './searchPosts';
import { searchPostsAllTeams } from './searchPostsAllTeams';
import { setPostReminder } from './setPostReminder';
import { setPostUnread } from './setPostUnread';
import { unpinPost } from './unpinPost';
import { updatePost } from './updatePost';

export const postsHandlers: TagHandlers<'posts'> = {
  GetPostsForChannel: getPostsForChannel,
  CreatePost: createPost,
  CreatePostEphemeral: createPostEphemeral,
  getPostsByIds: getPostsByIds,
  RewriteMessage: rewriteMessage,
  SearchPostsAllTeams: searchPostsAllTeams,
  GetPost: getPost,
  UpdatePost: updatePost,
  DeletePost: deletePost,
  DoPostAction: doPostAction,
  BurnPostNow: burnPostNow,
  GetPostEditHistory: getPostEditHistory,
  GetFileInfosForPost: getFileInfosForPost,
  GetPostInfo: getPostInfo,
  MoveThread: moveThread,
  PatchPost: patchPost,
  PinPost: pinPost,
  RestorePostVersion: restorePostVersion,
  RevealBurnOnReadPost: revealBurnOnReadPost,
  GetPostThread: getPostThread,
  UnpinPost: unpinPost,
  SearchPosts: searchPosts,
  GetPostsAroundLastUnread: getPostsAroundLastUnread,
  GetFlaggedPostsForUser: getFlaggedPostsForUser,
  SaveAcknowledgementForPost: saveAcknowledgementForPost,
  DeleteAcknowledgementForPost: deleteAcknowledgementForPost,
  SetPostReminder: setPostReminder,
  SetPostUnread: setPostUnread,
};
