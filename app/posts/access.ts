/**
 * Who may read and act on posts, as Mattermost decides it: a channel's posts are readable with
 * read_channel_content on the channel, or, for a public channel (compliance mode off), with
 * read_public_channel in its team; a post is found (404) before it is authorised (403).
 */
import type { ChannelRow, PostRow } from '../../db/schema';
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelById } from '../../db/queries/channels';
import { getPostById } from '../../db/queries/posts';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasSystemPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL_CONTENT, READ_PUBLIC_CHANNEL } from '../../server/permissions/permissionIds';
import { channelNotFound } from '../channels/access';

export function postNotFound(detail = ''): AppError {
  return new AppError('app.post.get.app_error', 'Unable to get the post.', 404, detail);
}

/** A post id path parameter (Mattermost's RequirePostId). */
export function requirePostId(raw: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam('post_id');
  return raw;
}

/** The post (live, or deleted too when asked), else Mattermost's 404. */
export async function loadPost(server: ServerContext, id: string, includeDeleted = false): Promise<PostRow> {
  const row = await getPostById(server.db, id, { includeDeleted });
  if (!row) throw postNotFound();
  return row;
}

export async function loadPostChannel(server: ServerContext, post: Pick<PostRow, 'channelId'>): Promise<ChannelRow> {
  const channel = await getChannelById(server.db, post.channelId);
  if (!channel) throw channelNotFound();
  return channel;
}

/** Mattermost's SessionHasPermissionToReadChannel. */
export async function canReadChannel(server: ServerContext, session: Session, channel: ChannelRow): Promise<boolean> {
  if (await hasChannelPermission(server, session, channel, READ_CHANNEL_CONTENT)) return true;
  if (channel.type === 'O' && !server.config.get().ComplianceSettings.Enable) {
    return hasTeamPermission(server, session, channel.teamId, READ_PUBLIC_CHANNEL);
  }
  return false;
}

/** Refuses (403) a session that may not read the channel, naming the permission Mattermost names. */
export async function requireChannelContentRead(server: ServerContext, session: Session, channel: ChannelRow): Promise<void> {
  if (await canReadChannel(server, session, channel)) return;
  throw Errors.permission(READ_CHANNEL_CONTENT);
}

/**
 * Mattermost's GetPostIfAuthorized: the post (404 when missing), its channel, and a 403 naming
 * read_public_channel (public channels) or read_channel_content (others) when not readable.
 */
export async function getPostIfAuthorized(
  server: ServerContext,
  session: Session,
  postId: string,
  includeDeleted = false,
): Promise<{ post: PostRow; channel: ChannelRow }> {
  const post = await loadPost(server, postId, includeDeleted);
  const channel = await loadPostChannel(server, post);
  if (!(await canReadChannel(server, session, channel))) {
    const publicChannel = channel.type === 'O' && !server.config.get().ComplianceSettings.Enable;
    throw Errors.permission(publicChannel ? READ_PUBLIC_CHANNEL : READ_CHANNEL_CONTENT);
  }
  return { post, channel };
}

/**
 * Mattermost's SessionHasPermissionToChannelByPost: the permission through the caller's roles
 * in the post's channel, then its team, then the system. There is no public-channel shortcut,
 * and a post that does not exist leaves only the system roles (so most callers get a 403 and a
 * system admin goes on to the 404).
 */
export async function hasPermissionByPost(server: ServerContext, session: Session, postId: string, permission: string): Promise<boolean> {
  const post = await getPostById(server.db, postId, { includeDeleted: true });
  const channel = post ? await getChannelById(server.db, post.channelId) : undefined;
  if (!channel) return hasSystemPermission(server, session, permission);
  return hasChannelPermission(server, session, channel, permission);
}
