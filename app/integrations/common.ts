/** Small pieces every integration area shares: errors, paging, channel reading rule, users. */
import type { ChannelRow, UserRow } from '../../db/schema';
import { getChannelById } from '../../db/queries/channels';
import { getUserById } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { standInSession, type Session } from '../sessions/types';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';
import { hasChannelPermission, hasTeamPermission } from '../../server/permissions/authorization';
import { READ_CHANNEL, READ_PUBLIC_CHANNEL } from '../../server/permissions/permissionIds';

/** Mattermost's SetInvalidParam. */
export function invalidParam(name: string, detail = ''): AppError {
  return new AppError('api.context.invalid_param.app_error', `Invalid ${name} parameter.`, 400, detail, { Name: name });
}

export const PER_PAGE_DEFAULT = 60;
export const PER_PAGE_MAX = 200;

export function paging(query: { page?: number; per_page?: number }): { page: number; perPage: number; offset: number } {
  const page = Math.max(0, Math.trunc(Number(query.page ?? 0)) || 0);
  let perPage = Math.trunc(Number(query.per_page ?? PER_PAGE_DEFAULT));
  if (!Number.isFinite(perPage) || perPage < 0) perPage = PER_PAGE_DEFAULT;
  if (perPage > PER_PAGE_MAX) perPage = PER_PAGE_MAX;
  return { page, perPage, offset: page * perPage };
}

export function channelNotFound(): AppError {
  return new AppError('app.channel.get.existing.app_error', 'Unable to find the existing channel.', 404);
}

export function missingAccount(): AppError {
  return new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
}

/** Mattermost's GetChannel: 404 for an unknown (or malformed) id. */
export async function loadChannel(server: ServerContext, id: string | undefined): Promise<ChannelRow> {
  const row = isValidId(id) ? await getChannelById(server.db, id) : undefined;
  if (!row) throw channelNotFound();
  return row;
}

export async function loadUser(server: ServerContext, id: string | undefined): Promise<UserRow> {
  const row = isValidId(id) ? await getUserById(server.db, id) : undefined;
  if (!row) throw missingAccount();
  return row;
}

/** Mattermost's SessionHasPermissionToReadChannel. */
export async function canReadChannel(server: ServerContext, session: Session, channel: ChannelRow): Promise<boolean> {
  if (channel.type === 'O' && channel.teamId && (await hasTeamPermission(server, session, channel.teamId, READ_PUBLIC_CHANNEL))) return true;
  return hasChannelPermission(server, session, channel, READ_CHANNEL);
}

/** A user may read a channel (for a post made on their behalf): membership, or a public channel of a team of theirs. */
export async function userCanReadChannel(server: ServerContext, user: UserRow, channel: ChannelRow): Promise<boolean> {
  return canReadChannel(server, standInSession(user), channel);
}


/** Mattermost's IsValidHTTPURL: http(s) scheme and a host. */
export function isValidHttpUrl(raw: string): boolean {
  if (!/^https?:\/\//i.test(raw)) return false;
  try {
    return new URL(raw).host !== '';
  } catch {
    return false;
  }
}

/** Byte length, as Go's len() of a string. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
