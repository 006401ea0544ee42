/** OAuth 2.0 apps registered on this server (Mattermost's api4/oauth.go, app/oauth.go). */
import type { OAuthAppRow } from '../../db/schema';
import { deleteOAuthApp, getAuthorizedApps, getOAuthApp, insertOAuthApp, listOAuthApps, updateOAuthApp } from '../../db/queries/oauth';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { isValidId, newId, nowMillis } from '../../server/ids';
import { hasSystemPermission } from '../../server/permissions/authorization';
import { MANAGE_OAUTH, MANAGE_SYSTEM, MANAGE_SYSTEM_WIDE_OAUTH } from '../../server/permissions/permissionIds';
import type { Session } from '../sessions/types';
import { byteLength, invalidParam, isValidHttpUrl } from '../integrations/common';

export interface ApiOAuthApp {
  id: string;
  creator_id: string;
  create_at: number;
  update_at: number;
  client_secret: string;
  name: string;
  description: string;
  icon_url: string;
  callback_urls: string[];
  homepage: string;
  is_trusted: boolean;
  mattermost_app_id: string;
}

export function toApiOAuthApp(row: OAuthAppRow, sanitize = false): ApiOAuthApp {
  return {
    id: row.id,
    creator_id: row.creatorId,
    create_at: row.createAt,
    update_at: row.updateAt,
    client_secret: sanitize ? '' : row.clientSecret,
    name: row.name,
    description: row.description,
    icon_url: row.iconUrl,
    callback_urls: row.callbackUrls ?? [],
    homepage: row.homepage,
    is_trusted: row.isTrusted,
    mattermost_app_id: row.mattermostAppId,
  };
}

export interface OAuthAppInput {
  id?: string;
  name?: string;
  description?: string;
  icon_url?: string;
  callback_urls?: string[];
  homepage?: string;
  is_trusted?: boolean;
  mattermost_app_id?: string;
}

export function providerDisabled(): AppError {
  return new AppError('api.oauth.allow_oauth.turn_off.app_error', 'The system admin has turned off OAuth2 Service Provider.', 501);
}

export function requireProviderEnabled(server: ServerContext): void {
  if (!server.config.get().ServiceSettings.EnableOAuthServiceProvider) throw providerDisabled();
}

export function appNotFound(): AppError {
  return new AppError('app.oauth.get_app.find.app_error', 'Unable to find the requested app.', 404);
}

export async function loadOAuthApp(server: ServerContext, id: string): Promise<OAuthAppRow> {
  requireProviderEnabled(server);
  const row = isValidId(id) ? await getOAuthApp(server.db, id) : undefined;
  if (!row) throw appNotFound();
  return row;
}

type Fields = Required<OAuthAppInput>;

function fieldsOf(input: OAuthAppInput): Omit<Fields, 'id'> {
  return {
    name: input.name ?? '',
    description: input.description ?? '',
    icon_url: input.icon_url ?? '',
    callback_urls: Array.isArray(input.callback_urls) ? input.callback_urls : [],
    homepage: input.homepage ?? '',
    is_trusted: input.is_trusted === true,
    mattermost_app_id: input.mattermost_app_id ?? '',
  };
}

/** Mattermost's OAuthApp.IsValid on the fields a client sets. */
function validate(f: Omit<Fields, 'id'>): void {
  const bad = (field: string, message: string) => new AppError(`model.oauth.is_valid.${field}.app_error`, message, 400);
  if (f.name === '' || byteLength(f.name) > 64) throw bad('name', 'Invalid name.');
  if (f.callback_urls.length === 0 || byteLength(`[${f.callback_urls.join(' ')}]`) > 1024) throw bad('callback', 'Callback URL must be a valid URL and start with http:// or https://.');
  if (f.callback_urls.some((u) => typeof u !== 'string' || !isValidHttpUrl(u))) throw bad('callback', 'Callback URL must be a valid URL and start with http:// or https://.');
  if (f.homepage === '' || byteLength(f.homepage) > 256 || !isValidHttpUrl(f.homepage)) throw bad('homepage', 'Homepage must be a valid URL and start with http:// or https://.');
  if ([...f.description].length > 512) throw bad('description', 'Invalid description.');
  if (f.icon_url !== '' && (byteLength(f.icon_url) > 512 || !isValidHttpUrl(f.icon_url))) throw bad('icon_url', 'Icon URL must be a valid URL and start with http:// or https://.');
  if (byteLength(f.mattermost_app_id) > 32) throw bad('mattermost_app_id', 'Invalid Mattermost app id.');
}

export async function createOAuthApp(server: ServerContext, session: Session, input: OAuthAppInput): Promise<ApiOAuthApp> {
  if (!hasSystemPermission(server, session, MANAGE_OAUTH)) throw Errors.permission(MANAGE_OAUTH);
  const f = fieldsOf(input);
  if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) f.is_trusted = false;
  requireProviderEnabled(server);
  validate(f);
  const now = nowMillis();
  const row = await insertOAuthApp(server.db, {
    id: newId(),
    creatorId: session.user_id,
    createAt: now,
    updateAt: now,
    clientSecret: newId(),
    name: f.name,
    description: f.description,
    iconUrl: f.icon_url,
    callbackUrls: f.callback_urls,
    homepage: f.homepage,
    isTrusted: f.is_trusted,
    mattermostAppId: f.mattermost_app_id,
  });
  return toApiOAuthApp(row);
}

/** The app's creator, or anyone with manage_system_wide_oauth (both need manage_oauth). */
export function requireManageApp(server: ServerContext, session: Session, app: OAuthAppRow): void {
  if (app.creatorId !== session.user_id && !hasSystemPermission(server, session, MANAGE_SYSTEM_WIDE_OAUTH)) throw Errors.permission(MANAGE_SYSTEM_WIDE_OAUTH);
}

export function requireManageOAuth(server: ServerContext, session: Session): void {
  if (!hasSystemPermission(server, session, MANAGE_OAUTH)) throw Errors.permission(MANAGE_OAUTH);
}

export async function updateOAuthAppFrom(server: ServerContext, session: Session, appId: string, input: OAuthAppInput): Promise<ApiOAuthApp> {
  requireManageOAuth(server, session);
  if (input.id !== appId) throw invalidParam('app_id');
  const old = await loadOAuthApp(server, appId);
  requireManageApp(server, session, old);
  const f = fieldsOf(input);
  if (!hasSystemPermission(server, session, MANAGE_SYSTEM)) f.is_trusted = old.isTrusted;
  validate(f);
  const row = await updateOAuthApp(server.db, old.id, {
    name: f.name,
    description: f.description,
    iconUrl: f.icon_url,
    callbackUrls: f.callback_urls,
    homepage: f.homepage,
    isTrusted: f.is_trusted,
    mattermostAppId: f.mattermost_app_id,
    updateAt: nowMillis(),
  });
  return toApiOAuthApp(row!);
}

export async function listApps(server: ServerContext, session: Session, offset: number, limit: number): Promise<ApiOAuthApp[]> {
  if (!hasSystemPermission(server, session, MANAGE_OAUTH)) {
    throw new AppError('api.command.admin_only.app_error', 'Integrations have been limited to admins only.', 403);
  }
  requireProviderEnabled(server);
  const creatorId = hasSystemPermission(server, session, MANAGE_SYSTEM_WIDE_OAUTH) ? undefined : session.user_id;
  return (await listOAuthApps(server.db, { creatorId, offset, limit })).map((r) => toApiOAuthApp(r));
}

export async function removeOAuthApp(server: ServerContext, app: OAuthAppRow): Promise<void> {
  requireProviderEnabled(server);
  const tokens = await server.db.transaction((tx) => deleteOAuthApp(tx, app.id));
  for (const token of tokens) await server.sessions.revokeToken(token);
}

export async function regenerateSecret(server: ServerContext, app: OAuthAppRow): Promise<ApiOAuthApp> {
  requireProviderEnabled(server);
  const row = await updateOAuthApp(server.db, app.id, { clientSecret: newId(), updateAt: nowMillis() });
  return toApiOAuthApp(row!);
}

export async function authorizedApps(server: ServerContext, userId: string, offset: number, limit: number): Promise<ApiOAuthApp[]> {
  requireProviderEnabled(server);
  return (await getAuthorizedApps(server.db, userId, offset, limit)).map((r) => toApiOAuthApp(r, true));
}
