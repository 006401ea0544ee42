/**
 * Who may edit a post, as Mattermost's updatePost / patchPost handlers check it: the post must
 * exist (else the edit permission is refused, 403), edit_post on its channel for one's own
 * post and edit_others_posts for another's, ServiceSettings.PostEditTimeLimit for message
 * changes, and upload_file when the edit adds files.
 */
import type { ChannelRow, PostRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelById } from '../../db/queries/channels';
import { getPostById } from '../../db/queries/posts';
import { AppError, Errors } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission } from '../../server/permissions/authorization';
import { EDIT_OTHERS_POSTS, EDIT_POST, UPLOAD_FILE } from '../../server/permissions/permissionIds';

async function can(server: ServerContext, session: Session, channel: ChannelRow | undefined, permission: string): Promise<boolean> {
  return channel ? hasChannelPermission(server, session, channel, permission) : hasSystemPermission(server, session, permission);
}

/** The live post to edit and its channel; a missing post is Mattermost's edit_post refusal. */
export async function loadPostToEdit(server: ServerContext, postId: string): Promise<{ post: PostRow; channel: ChannelRow | undefined }> {
  const post = await getPostById(server.db, postId);
  if (!post) throw Errors.permission(EDIT_POST);
  return { post, channel: await getChannelById(server.db, post.channelId) };
}

/** ServiceSettings.PostEditTimeLimit (seconds, -1 = none) for an edit that changes the message. */
export function checkEditTimeLimit(server: ServerContext, post: PostRow, changesMessage: boolean): void {
  const limit = server.config.get().ServiceSettings.PostEditTimeLimit;
  if (limit !== -1 && changesMessage && nowMillis() > post.createAt + limit * 1000) {
    throw new AppError('api.post.update_post.permissions_time_limit.app_error', `Post edit is only allowed for ${limit} seconds. Please ask your System Administrator for details.`, 400, '', {
      timeLimit: limit,
    });
  }
}

/** Mattermost's postPatchChecks: edit_post (own) or edit_others_posts, then the time limit. */
export async function requirePatchPermission(server: ServerContext, session: Session, postId: string, changesMessage: boolean): Promise<{ post: PostRow; channel: ChannelRow | undefined }> {
  const loaded = await loadPostToEdit(server, postId);
  const permission = session.user_id === loaded.post.userId ? EDIT_POST : EDIT_OTHERS_POSTS;
  if (!(await can(server, session, loaded.channel, permission))) throw Errors.permission(permission);
  checkEditTimeLimit(server, loaded.post, changesMessage);
  return loaded;
}

/** Mattermost's updatePost checks: edit_post on the channel, then edit_others_posts for another's post. */
export async function requireUpdatePermission(server: ServerContext, session: Session, postId: string): Promise<{ post: PostRow; channel: ChannelRow | undefined }> {
  const loaded = await loadPostToEdit(server, postId);
  if (!(await can(server, session, loaded.channel, EDIT_POST))) throw Errors.permission(EDIT_POST);
  return loaded;
}

export async function requireOthersEditPermission(server: ServerContext, session: Session, post: PostRow, channel: ChannelRow | undefined): Promise<void> {
  if (session.user_id !== post.userId && !(await can(server, session, channel, EDIT_OTHERS_POSTS))) throw Errors.permission(EDIT_OTHERS_POSTS);
}

/** Mattermost's checkUploadFilePermissionForNewFiles: files the post does not have yet need upload_file. */
export async function requireUploadForNewFiles(server: ServerContext, session: Session, post: PostRow, channel: ChannelRow | undefined, fileIds: string[] | undefined): Promise<void> {
  if (!fileIds || fileIds.every((id) => post.fileIds.includes(id))) return;
  if (!(await can(server, session, channel, UPLOAD_FILE))) throw Errors.permission(UPLOAD_FILE);
}
