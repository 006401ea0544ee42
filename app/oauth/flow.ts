/**
 * The OAuth 2.0 authorization flow of Mattermost's provider: a user authorizes an app for a
 * registered redirect URI (exactly equal), which receives a one-time code (valid 10 minutes) or,
 * for response_type=token, the access token itself; the app exchanges code and client secret at
 * /oauth/access_token for an access token (an OAuth session, usable as Bearer) and a refresh
 * token; a refresh_token grant replaces both. Deauthorizing ends the app's sessions for the user.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { OAuthAppRow, UserRow } from '../../db/schema';
import {
  AUTHORIZED_APP_CATEGORY,
  deleteAccessData,
  getAccessDataByRefreshToken,
  getAccessDataForUserApp,
  getAuthData,
  getOAuthApp,
  insertAccessData,
  insertAuthData,
  removeAuthData,
  removeAuthDataForUser,
  replaceAccessToken,
  sessionExists,
} from '../../db/queries/oauth';
import { deletePreference, getPreference, upsertPreferences } from '../../db/queries/preferences';
import { getUserById } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import type { Session } from '../sessions/types';
import { isValidHttpUrl, invalidParam } from '../integrations/common';
import { providerDisabled } from './apps';

export const DEFAULT_SCOPE = 'user';
const CODE_LIFETIME_SECONDS = 10 * 60;

export interface AuthorizeRequest {
  response_type?: string;
  client_id?: string;
  redirect_uri?: string;
  state?: string;
  scope?: string;
  code_challenge?: string;
  code_challenge_method?: string;
}

export interface AccessResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
  refresh_token: string;
  id_token: string;
}

/** Mattermost's AuthorizeRequest.IsValid. */
export function validateAuthorizeRequest(r: AuthorizeRequest): void {
  const bad = (field: string, message: string) => new AppError(`model.authorize.is_valid.${field}.app_error`, message, 400);
  if (!isValidId(r.client_id)) throw bad('client_id', 'Invalid client id.');
  if (!r.response_type) throw bad('response_type', 'Invalid response type.');
  const uri = r.redirect_uri ?? '';
  if (uri === '' || uri.length > 256 || !isValidHttpUrl(uri)) throw bad('redirect_uri', 'Invalid redirect uri.');
  if ((r.state ?? '').length > 1024) throw bad('state', 'Invalid state.');
  if ((r.scope ?? '').length > 128) throw bad('scope', 'Invalid scope.');
}

export function redirectMismatch(): AppError {
  return new AppError('api.oauth.allow_oauth.redirect_callback.app_error', 'invalid_request: Supplied redirect_uri did not match registered callback_url.', 400);
}

/** Whether the user authorized the app before (a preference per app, as Mattermost keeps it). */
export async function isAuthorized(server: ServerContext, userId: string, clientId: string): Promise<boolean> {
  return (await getPreference(server.db, userId, AUTHORIZED_APP_CATEGORY, clientId)) !== undefined;
}

async function newOAuthSession(server: ServerContext, app: OAuthAppRow, user: UserRow): Promise<Session> {
  return server.sessions.create({
    userId: user.id,
    roles: user.roles,
    lengthHours: server.config.get().ServiceSettings.SessionLengthSSOInHours,
    isOAuth: true,
    props: { platform: app.name, oauth_app_id: app.id, mattermost_app_id: app.mattermostAppId, os: 'OAuth2', browser: 'OAuth2' },
  });
}

function withQuery(uri: string, values: Record<string, string>): string {
  const url = new URL(uri);
  for (const [k, v] of Object.entries(values)) url.searchParams.set(k, v);
  return url.toString();
}

/** Mattermost's AllowOAuthAppAccessToUser: the URL the user's browser goes back to the app with. */
export async function allowAppAccess(server: ServerContext, userId: string, req: AuthorizeRequest): Promise<string> {
  if (!server.config.get().ServiceSettings.EnableOAuthServiceProvider) throw providerDisabled();
  const scope = req.scope || DEFAULT_SCOPE;
  const app = await getOAuthApp(server.db, req.client_id!);
  if (!app) throw new AppError('app.oauth.get_app.find.app_error', 'Unable to find the requested app.', 404);
  const redirectUri = req.redirect_uri!;
  if (!(app.callbackUrls ?? []).includes(redirectUri)) throw redirectMismatch();
  const state = req.state ?? '';
  let target: string;
  if (req.response_type === 'code') {
    const code = newId() + newId();
    await insertAuthData(server.db, {
      code,
      clientId: app.id,
      userId,
      expiresIn: CODE_LIFETIME_SECONDS,
      createAt: nowMillis(),
      redirectUri,
      state,
      scope,
      codeChallenge: req.code_challenge ?? '',
      codeChallengeMethod: req.code_challenge_method ?? '',
    });
    target = withQuery(redirectUri, { code, state });
  } else if (req.response_type === 'token') {
    const user = await getUserById(server.db, userId);
    if (!user) throw new AppError('app.user.missing_account.const', 'Unable to find the user.', 404);
    const session = await newOAuthSession(server, app, user);
    await insertAccessData(server.db, { token: session.token, refreshToken: '', clientId: app.id, userId, redirectUri, expiresAt: session.expires_at, scope });
    const fragment = new URLSearchParams({
      access_token: session.token,
      token_type: 'bearer',
      expires_in: String(Math.floor((session.expires_at - nowMillis()) / 1000)),
      scope,
      state,
    });
    target = `${redirectUri}#${fragment.toString()}`;
  } else {
    return `${redirectUri}?error=unsupported_response_type&state=${state}`;
  }
  await upsertPreferences(server.db, [{ userId, category: AUTHORIZED_APP_CATEGORY, name: app.id, value: scope }]);
  return target;
}

export interface TokenRequest {
  grant_type: string;
  client_id: string;
  client_secret: string;
  code: string;
  redirect_uri: string;
  refresh_token: string;
  code_verifier: string;
}

const credentialsError = (status: number) => new AppError('api.oauth.get_access_token.credentials.app_error', 'invalid_client: Invalid client credentials.', status);
const expiredCode = (status: number) => new AppError('api.oauth.get_access_token.expired_code.app_error', 'invalid_grant: Invalid or expired authorization code.', status);

function secretsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function pkceMatches(challenge: string, method: string, verifier: string): boolean {
  if (!verifier) return false;
  if (method === 'S256') return createHash('sha256').update(verifier).digest('base64url') === challenge;
  return verifier === challenge;
}

/** Checks the grant request's shape (Mattermost's getAccessToken handler). */
export function checkTokenRequest(r: TokenRequest): void {
  if (r.grant_type === 'authorization_code') {
    if (!r.code) throw new AppError('api.oauth.get_access_token.missing_code.app_error', 'invalid_request: Missing code.', 400);
  } else if (r.grant_type === 'refresh_token') {
    if (!r.refresh_token) throw new AppError('api.oauth.get_access_token.missing_refresh_token.app_error', 'invalid_request: Missing refresh_token.', 400);
  } else {
    throw new AppError('api.oauth.get_access_token.bad_grant.app_error', 'invalid_request: Bad grant_type.', 400);
  }
  if (!isValidId(r.client_id)) throw new AppError('api.oauth.get_access_token.bad_client_id.app_error', 'invalid_request: Bad client_id.', 400);
}

/** Mattermost's GetOAuthAccessTokenForCodeFlow. */
export async function accessToken(server: ServerContext, r: TokenRequest): Promise<AccessResponse> {
  const settings = server.config.get().ServiceSettings;
  if (!settings.EnableOAuthServiceProvider) throw new AppError('api.oauth.get_access_token.disabled.app_error', 'The system admin has turned off OAuth2 Service Provider.', 501);
  const app = await getOAuthApp(server.db, r.client_id);
  if (!app) throw credentialsError(404);
  if (!secretsEqual(app.clientSecret, r.client_secret)) throw credentialsError(403);
  const expiresIn = settings.SessionLengthSSOInHours * 3600;

  if (r.grant_type === 'refresh_token') {
    const grant = await getAccessDataByRefreshToken(server.db, r.refresh_token);
    if (!grant || grant.clientId !== app.id) {
      throw new AppError('api.oauth.get_access_token.refresh_token.app_error', 'invalid_grant: Invalid refresh token.', 404);
    }
    const user = await getUserById(server.db, grant.userId);
    if (!user) throw new AppError('api.oauth.get_access_token.internal_user.app_error', 'server_error: Encountered internal server error while pulling user from database.', 404);
    return renewGrant(server, app, user, grant.token, expiresIn);
  }

  const code = await getAuthData(server.db, r.code);
  if (!code || code.clientId !== app.id) throw expiredCode(400);
  if (code.createAt + code.expiresIn * 1000 < nowMillis()) {
    await removeAuthData(server.db, code.code);
    throw expiredCode(403);
  }
  if (code.redirectUri !== r.redirect_uri) {
    throw new AppError('api.oauth.get_access_token.redirect_uri.app_error', 'invalid_request: Supplied redirect_uri does not match authorization code redirect_uri.', 400);
  }
  if (code.codeChallenge && !pkceMatches(code.codeChallenge, code.codeChallengeMethod, r.code_verifier)) throw expiredCode(400);
  const user = await getUserById(server.db, code.userId);
  if (!user) throw new AppError('api.oauth.get_access_token.internal_user.app_error', 'server_error: Encountered internal server error while pulling user from database.', 404);
  if (user.deleteAt !== 0) throw expiredCode(403);
  // A code is good for one exchange only.
  if (!(await removeAuthData(server.db, code.code))) throw expiredCode(400);

  const previous = (await getAccessDataForUserApp(server.db, user.id, app.id)).find((g) => g.refreshToken !== '');
  if (previous) {
    const live = previous.expiresAt > nowMillis() && (await sessionExists(server.db, previous.token));
    if (!live) return renewGrant(server, app, user, previous.token, expiresIn);
    return {
      access_token: previous.token,
      token_type: 'bearer',
      refresh_token: previous.refreshToken,
      expires_in: Math.floor((previous.expiresAt - nowMillis()) / 1000),
      scope: '',
      id_token: '',
    };
  }
  const session = await newOAuthSession(server, app, user);
  const refreshToken = newId();
  await insertAccessData(server.db, { token: session.token, refreshToken, clientId: app.id, userId: user.id, redirectUri: r.redirect_uri, expiresAt: session.expires_at, scope: code.scope });
  return { access_token: session.token, token_type: 'bearer', refresh_token: refreshToken, expires_in: expiresIn, scope: '', id_token: '' };
}

/** Mattermost's newSessionUpdateToken: the old session ends, a new one and a new refresh token replace it. */
async function renewGrant(server: ServerContext, app: OAuthAppRow, user: UserRow, oldToken: string, expiresIn: number): Promise<AccessResponse> {
  await server.sessions.revokeToken(oldToken);
  const session = await newOAuthSession(server, app, user);
  const refreshToken = newId();
  if (!(await replaceAccessToken(server.db, oldToken, { token: session.token, refreshToken, expiresAt: session.expires_at }))) {
    await server.sessions.revoke(session);
    throw new AppError('api.oauth.get_access_token.refresh_token.app_error', 'invalid_grant: Invalid refresh token.', 404);
  }
  return { access_token: session.token, token_type: 'bearer', refresh_token: refreshToken, expires_in: expiresIn, scope: '', id_token: '' };
}

/** Mattermost's DeauthorizeOAuthAppForUser. */
export async function deauthorize(server: ServerContext, userId: string, clientId: unknown): Promise<void> {
  if (!isValidId(clientId)) throw invalidParam('client_id');
  if (!server.config.get().ServiceSettings.EnableOAuthServiceProvider) throw providerDisabled();
  const grants = await getAccessDataForUserApp(server.db, userId, clientId);
  for (const g of grants) await server.sessions.revokeToken(g.token);
  await deleteAccessData(server.db, grants.map((g) => g.token));
  await removeAuthDataForUser(server.db, clientId, userId);
  await deletePreference(server.db, userId, AUTHORIZED_APP_CATEGORY, clientId);
}
