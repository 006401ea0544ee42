import type { Db } from '../../db/client';
import type { SessionRow } from '../../db/schema';
import {
  deleteAllSessions,
  deleteSessionById,
  deleteSessionsForDevice,
  deleteSessionsForUser,
  getSessionByToken,
  insertSession,
  touchSession,
  updateSessionFields,
  updateSessionRolesForUser,
} from '../../db/queries/sessions';
import { getUserAccessTokenByToken } from '../../db/queries/userAccessTokens';
import { getUserById } from '../../db/queries/users';
import { getActiveConfig } from '../../db/queries/system';
import { applyEnvOverrides, mergeWithDefaults } from '../../server/config';
import { newId, nowMillis } from '../../server/ids';
import { CSRF_PROP, type Session } from './types';

/** Last-activity writes are coalesced: at most one per session per this interval. */
const ACTIVITY_WRITE_INTERVAL_MS = 5 * 60 * 1000;

/** Session props Mattermost uses for personal access tokens. */
export const SESSION_PROP_TYPE = 'type';
export const SESSION_TYPE_USER_ACCESS_TOKEN = 'UserAccessToken';
export const SESSION_PROP_USER_ACCESS_TOKEN_ID = 'user_access_token_id';
export const SESSION_PROP_IS_BOT = 'is_bot';
export const SESSION_PROP_IS_GUEST = 'is_guest';
/** Mattermost's SessionUserAccessTokenExpiryHours: a token session lasts 100 years. */
const USER_ACCESS_TOKEN_SESSION_HOURS = 100 * 365 * 24;

export interface NewSessionOptions {
  userId: string;
  roles: string;
  deviceId?: string;
  lengthHours: number;
  isOAuth?: boolean;
  props?: Record<string, string>;
}

export interface SessionServiceOptions {
  /** ServiceSettings.EnableUserAccessTokens of the configuration in force. */
  userAccessTokensEnabled?: () => boolean;
}

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    token: row.token,
    create_at: row.createAt,
    expires_at: row.expiresAt,
    last_activity_at: row.lastActivityAt,
    user_id: row.userId,
    device_id: row.deviceId,
    roles: row.roles,
    is_oauth: row.isOAuth,
    expired_notify: row.expiredNotify,
    props: row.props,
    local: false,
  };
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
}

/**
 * Sessions live in the database; resolved tokens are cached in memory for `cacheMinutes`
 * and dropped from the cache on revocation (and, with several nodes, by the cluster bus).
 * A token that is no session but an active personal access token becomes one, as in
 * Mattermost's createSessionForUserAccessToken.
 */
export class SessionService {
  private readonly cache = new Map<string, { session: Session; cachedAt: number }>();
  private readonly invalidationListeners: Array<(userId: string) => void> = [];

  constructor(
    private readonly db: Db,
    private readonly cacheMinutes: () => number,
    private readonly options: SessionServiceOptions = {},
  ) {}

  async create(opts: NewSessionOptions): Promise<Session> {
    const now = nowMillis();
    const row: SessionRow = {
      id: newId(),
      token: newId(),
      createAt: now,
      expiresAt: opts.lengthHours > 0 ? now + opts.lengthHours * 3600 * 1000 : 0,
      lastActivityAt: now,
      userId: opts.userId,
      deviceId: opts.deviceId ?? '',
      roles: opts.roles,
      isOAuth: opts.isOAuth ?? false,
      expiredNotify: false,
      props: { ...opts.props, [CSRF_PROP]: newId() },
    };
    await insertSession(this.db, row);
    return toSession(row);
  }

  /** The live session for a token, or null when unknown or expired. */
  async resolve(token: string): Promise<Session | null> {
    const now = nowMillis();
    const cached = this.cache.get(token);
    let session = cached && now - cached.cachedAt < this.cacheMinutes() * 60_000 ? cached.session : null;
    if (!session) {
      const row = await getSessionByToken(this.db, token);
      session = row ? toSession(row) : await this.sessionForAccessToken(token);
      if (!session) {
        this.cache.delete(token);
        return null;
      }
      this.cache.set(token, { session, cachedAt: now });
    }
    if (session.expires_at !== 0 && session.expires_at < now) {
      await this.revoke(session);
      return null;
    }
    if (isAccessTokenSession(session) && session.props[SESSION_PROP_IS_BOT] !== 'true' && !(await this.accessTokensEnabled())) {
      return null;
    }
    if (now - session.last_activity_at > ACTIVITY_WRITE_INTERVAL_MS) {
      session.last_activity_at = now;
      await touchSession(this.db, session.id, now);
    }
    return session;
  }

  async revoke(session: Session): Promise<void> {
    await deleteSessionById(this.db, session.id);
    this.cache.delete(session.token);
    this.notify(session.user_id);
  }

  /** Revokes the session a token opened, if any (a personal access token being disabled). */
  async revokeToken(token: string): Promise<void> {
    const row = await getSessionByToken(this.db, token);
    this.cache.delete(token);
    if (row) await this.revoke(toSession(row));
  }

  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    const removed = await deleteSessionsForUser(this.db, userId, exceptSessionId);
    for (const row of removed) this.cache.delete(row.token);
    this.notify(userId);
    return removed.length;
  }

  /** Logs out every session of every user (RevokeSessionsFromAllUsers). */
  async revokeEveryone(): Promise<number> {
    const removed = await deleteAllSessions(this.db);
    this.cache.clear();
    for (const userId of new Set(removed.map((r) => r.userId))) this.notify(userId);
    return removed.length;
  }

  /** The user's other sessions on a device end when a session attaches to it. */
  async revokeForDevice(userId: string, deviceId: string, exceptSessionId: string): Promise<void> {
    if (!deviceId) return;
    const removed = await deleteSessionsForDevice(this.db, userId, deviceId, exceptSessionId);
    for (const row of removed) this.cache.delete(row.token);
    if (removed.length) this.notify(userId);
  }

  /** Attaches a mobile device: new device id and expiry, cached copies updated. */
  async attachDevice(session: Session, deviceId: string, expiresAt: number): Promise<void> {
    await updateSessionFields(this.db, session.id, { deviceId, expiresAt });
    session.device_id = deviceId;
    session.expires_at = expiresAt;
    this.evictUser(session.user_id);
    this.notify(session.user_id);
  }

  /** New roles take effect on the user's sessions at once. */
  async updateRolesForUser(userId: string, roles: string): Promise<void> {
    await updateSessionRolesForUser(this.db, userId, roles);
    this.evictUser(userId);
    this.notify(userId);
  }

  /** Forget cached sessions of a user (another node revoked or changed them). */
  evictUser(userId: string): void {
    for (const [token, entry] of this.cache) if (entry.session.user_id === userId) this.cache.delete(token);
  }

  onInvalidate(listener: (userId: string) => void): void {
    this.invalidationListeners.push(listener);
  }

  private notify(userId: string): void {
    for (const listener of this.invalidationListeners) listener(userId);
  }

  private async sessionForAccessToken(token: string): Promise<Session | null> {
    const pat = await getUserAccessTokenByToken(this.db, token);
    if (!pat || !pat.isActive) return null;
    const now = nowMillis();
    // An expired token does not authenticate (UserAccessToken.IsExpired).
    if (pat.expiresAt > 0 && now >= pat.expiresAt) return null;
    const user = await getUserById(this.db, pat.userId);
    if (!user || user.deleteAt !== 0) return null;
    if (!user.isBot && !(await this.accessTokensEnabled())) return null;
    const props: Record<string, string> = {
      [SESSION_PROP_USER_ACCESS_TOKEN_ID]: pat.id,
      [SESSION_PROP_TYPE]: SESSION_TYPE_USER_ACCESS_TOKEN,
      [SESSION_PROP_IS_GUEST]: String(user.roles.split(' ').includes('system_guest')),
    };
    if (user.isBot) props[SESSION_PROP_IS_BOT] = 'true';
    const row: SessionRow = {
      id: newId(),
      token: pat.token,
      createAt: now,
      // The session ends with the token when the token has an expiry.
      expiresAt: Math.min(now + USER_ACCESS_TOKEN_SESSION_HOURS * 3600 * 1000, pat.expiresAt > 0 ? pat.expiresAt : Infinity),
      lastActivityAt: now,
      userId: user.id,
      deviceId: '',
      roles: user.roles,
      isOAuth: false,
      expiredNotify: false,
      props,
    };
    try {
      await insertSession(this.db, row);
    } catch (err) {
      // Two first requests with the same token: the other one created the session.
      if (!isUniqueViolation(err)) throw err;
      const existing = await getSessionByToken(this.db, token);
      return existing ? toSession(existing) : null;
    }
    return toSession(row);
  }

  /**
   * EnableUserAccessTokens from the configuration in force. Without a getter (see
   * SessionServiceOptions), the stored configuration and the process environment are read.
   */
  private async accessTokensEnabled(): Promise<boolean> {
    if (this.options.userAccessTokensEnabled) return this.options.userAccessTokensEnabled();
    const stored = await getActiveConfig(this.db);
    const { config } = applyEnvOverrides(mergeWithDefaults(stored ?? {}), process.env);
    return config.ServiceSettings.EnableUserAccessTokens === true;
  }
}

export function isAccessTokenSession(session: Session): boolean {
  return session.props[SESSION_PROP_TYPE] === SESSION_TYPE_USER_ACCESS_TOKEN;
}
