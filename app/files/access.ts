/**
 * Who may read a file, as Mattermost decides it: its uploader always; anyone else only once it
 * is attached to a post, and then with read_channel on the post's channel (channel roles, then
 * team roles, then system roles). Files of deleted posts are gone (404).
 */
import type { FileInfoRow, ChannelRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getFileInfoById, getPostForFile } from '../../db/queries/files';
import { getChannelById } from '../../db/queries/channels';
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL, UPLOAD_FILE } from '../../server/permissions/permissionIds';
import { fileInfoNotFound } from './errors';

export function requireFileId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('file_id');
  return raw;
}

/** A live file info row, or Mattermost's 404. */
export async function loadFileInfo(server: ServerContext, fileId: string): Promise<FileInfoRow> {
  const row = await getFileInfoById(server.db, fileId);
  if (!row || row.deleteAt !== 0) throw fileInfoNotFound();
  return row;
}

/** Whether the session may read the file (its bytes, info, thumbnail, preview, link). */
export async function canReadFile(server: ServerContext, session: Session, row: FileInfoRow): Promise<boolean> {
  if (row.creatorId === session.user_id) return true;
  if (!row.postId) return false;
  const post = await getPostForFile(server.db, row.postId);
  const channelId = post?.channelId || row.channelId;
  if (!channelId) return false;
  return hasChannelPermission(server, session, channelId, READ_CHANNEL);
}

/** The file for a reader: 400 on a bad id, 404 when missing or deleted (or its post is), else 403 unless readable. */
export async function getReadableFile(server: ServerContext, session: Session, rawId: string): Promise<FileInfoRow> {
  const row = await loadFileInfo(server, requireFileId(rawId));
  if (row.postId) {
    const post = await getPostForFile(server.db, row.postId);
    if (post && post.deleteAt !== 0) throw fileInfoNotFound();
  }
  if (!(await canReadFile(server, session, row))) throw Errors.permission(READ_CHANNEL);
  return row;
}

/**
 * Permission to upload into a channel (upload_file on it); a missing or archived channel is
 * refused the same way, without saying which.
 */
export async function requireUploadPermission(server: ServerContext, session: Session, channelId: string): Promise<ChannelRow> {
  const channel = await getChannelById(server.db, channelId);
  if (!channel || channel.deleteAt !== 0 || !(await hasChannelPermission(server, session, channel, UPLOAD_FILE))) {
    throw Errors.permission(UPLOAD_FILE);
  }
  return channel;
}
