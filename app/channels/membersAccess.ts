/**
 * Access rules and errors shared by the channel-membership and sidebar operations:
 * Mattermost's SessionHasPermissionToUser and the lookups that answer with its error ids.
 */
import type { Session } from '../sessions/types';
import type { ChannelMemberRow, ChannelRow, UserRow } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import type { ServerContext } from '../../server/context';
import { getChannelById, getChannelMember } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import { AppError, Errors } from '../../server/http/appError';
import { EDIT_OTHER_USERS } from '../../server/permissions/permissionIds';
import { canEditUser } from '../users/access';
import { isValidId } from '../../server/ids';

/** Mattermost's SessionHasPermissionToUser (shared with the user operations). */
export const sessionHasPermissionToUser = (server: ServerContext, session: Session, userId: string): Promise<boolean> => canEditUser(server, session, userId);

export async function requirePermissionToUser(server: ServerContext, session: Session, userId: string): Promise<void> {
  if (!(await sessionHasPermissionToUser(server, session, userId))) throw Errors.permission(EDIT_OTHER_USERS);
}

export const channelNotFound = () => new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
export const memberNotFound = () => new AppError('app.channel.get_member.missing.app_error', 'No channel member found for that user ID and channel ID.', 404);
export const userNotFound = () => new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);

/** A path id that must look like a Mattermost id. */
export function requireId(value: string, name: string): string {
  if (!isValidId(value)) throw Errors.invalidUrlParam(name);
  return value;
}

export async function loadChannel(db: DbOrTx, channelId: string): Promise<ChannelRow> {
  const channel = await getChannelById(db, channelId);
  if (!channel) throw channelNotFound();
  return channel;
}

export async function loadMember(db: DbOrTx, channelId: string, userId: string): Promise<ChannelMemberRow> {
  const member = await getChannelMember(db, channelId, userId);
  if (!member) throw memberNotFound();
  return member;
}

export async function loadUser(db: DbOrTx, userId: string): Promise<UserRow> {
  const user = await getUserById(db, userId);
  if (!user) throw userNotFound();
  return user;
}

/** Mattermost's paging parameters: page ≥ 0 (default 0), per_page 0–200 (default 60). */
export function paging(query: { page?: number; per_page?: number }): { offset: number; limit: number } {
  const page = query.page === undefined || query.page < 0 ? 0 : query.page;
  let perPage = query.per_page === undefined || query.per_page < 0 ? 60 : query.per_page;
  if (perPage > 200) perPage = 200;
  return { offset: page * perPage, limit: perPage };
}
