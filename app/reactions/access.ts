/**
 * Permission checks by post (Mattermost's SessionHasPermissionToChannelByPost): the roles the
 * caller holds in the post's channel, else in its team, else system-wide. A post that does not
 * exist is judged by system roles alone.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { getChannelForPost } from '../../db/queries/reactions';
import { AppError, Errors } from '../../server/http/appError';
import { hasChannelPermission, hasSystemPermission } from '../../server/permissions/authorization';

export async function hasPermissionToChannelByPost(server: ServerContext, session: Session, postId: string, permission: string): Promise<boolean> {
  if (!postId) return false;
  const channel = await getChannelForPost(server.db, postId);
  if (channel) return hasChannelPermission(server, session, channel, permission);
  return hasSystemPermission(server, session, permission);
}

export async function requirePermissionToChannelByPost(server: ServerContext, session: Session, postId: string, permission: string): Promise<void> {
  if (!(await hasPermissionToChannelByPost(server, session, postId, permission))) throw Errors.permission(permission);
}

/** Mattermost's GetSinglePost miss. */
export function postNotFound(): AppError {
  return new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
}
