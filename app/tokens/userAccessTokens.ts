/**
 * Personal access tokens, as Mattermost's: refused unless ServiceSettings.EnableUserAccessTokens
 * (bots excepted); the secret is shown once, at creation; disabling or revoking a token ends
 * the session it opened.
 */
import type { UserAccessTokenRow, UserRow } from '../../db/schema';
import {
  deleteUserAccessToken,
  getAllUserAccessTokens,
  getUserAccessToken,
  getUserAccessTokensForUser,
  insertUserAccessToken,
  searchUserAccessTokens,
  setUserAccessTokenActive,
} from '../../db/queries/userAccessTokens';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { newId, nowMillis } from '../../server/ids';

export interface ApiUserAccessToken {
  id: string;
  token?: string;
  user_id: string;
  description: string;
  is_active: boolean;
  expires_at: number;
}

export function toApiToken(row: UserAccessTokenRow, withSecret = false): ApiUserAccessToken {
  const out: ApiUserAccessToken = {
    id: row.id,
    user_id: row.userId,
    description: row.description,
    is_active: row.isActive,
    expires_at: row.expiresAt,
  };
  if (withSecret) out.token = row.token;
  return out;
}

export function tokensDisabled(): AppError {
  return new AppError('app.user_access_token.disabled', 'Personal access tokens are disabled on this server. Please contact your system administrator for details.', 501);
}

export function tokenNotFound(): AppError {
  return new AppError('app.user_access_token.get_by_user.app_error', 'Unable to get user access tokens by user from the database.', 404);
}

const DESCRIPTION_MAX_RUNES = 255;

/** Mattermost's UserAccessToken.IsExpired: 0 (or less) never expires. */
export function isTokenExpired(row: Pick<UserAccessTokenRow, 'expiresAt'>, now = nowMillis()): boolean {
  return row.expiresAt > 0 && now >= row.expiresAt;
}

function invalidExpiry(): AppError {
  return new AppError('model.user_access_token.is_valid.expires_at.app_error', 'Invalid expiry time for the access token.', 400);
}

/**
 * `expiresAt` is milliseconds, 0 for a token that never expires. Negative values are invalid
 * (UserAccessToken.IsValid); so is a moment already past, since such a token could never be used.
 */
export async function createUserAccessToken(
  server: ServerContext,
  user: UserRow,
  description: string,
  expiresAt = 0,
): Promise<ApiUserAccessToken> {
  if (!server.config.get().ServiceSettings.EnableUserAccessTokens && !user.isBot) throw tokensDisabled();
  if ([...description].length > DESCRIPTION_MAX_RUNES) {
    throw new AppError('model.user_access_token.is_valid.description.app_error', 'Invalid description, must be 255 or less characters.', 400);
  }
  if (!Number.isSafeInteger(expiresAt) || expiresAt < 0 || (expiresAt > 0 && isTokenExpired({ expiresAt }))) throw invalidExpiry();
  const row = await insertUserAccessToken(server.db, { id: newId(), token: newId(), userId: user.id, description, isActive: true, expiresAt });
  return toApiToken(row, true);
}

export async function findToken(server: ServerContext, id: string): Promise<UserAccessTokenRow> {
  const row = id ? await getUserAccessToken(server.db, id) : undefined;
  if (!row) throw tokenNotFound();
  return row;
}

export async function listTokensForUser(server: ServerContext, userId: string, page: number, perPage: number): Promise<ApiUserAccessToken[]> {
  return (await getUserAccessTokensForUser(server.db, userId, page * perPage, perPage)).map((r) => toApiToken(r));
}

export async function listAllTokens(server: ServerContext, page: number, perPage: number): Promise<ApiUserAccessToken[]> {
  return (await getAllUserAccessTokens(server.db, page * perPage, perPage)).map((r) => toApiToken(r));
}

export async function searchTokens(server: ServerContext, term: string): Promise<ApiUserAccessToken[]> {
  return (await searchUserAccessTokens(server.db, term)).map((r) => toApiToken(r));
}

export async function revokeToken(server: ServerContext, row: UserAccessTokenRow): Promise<void> {
  await deleteUserAccessToken(server.db, row.id);
  await server.sessions.revokeToken(row.token);
}

export async function disableToken(server: ServerContext, row: UserAccessTokenRow): Promise<void> {
  await setUserAccessTokenActive(server.db, row.id, false);
  await server.sessions.revokeToken(row.token);
}

export async function enableToken(server: ServerContext, row: UserAccessTokenRow): Promise<void> {
  await setUserAccessTokenActive(server.db, row.id, true);
}
