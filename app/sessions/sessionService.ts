import type { Db } from '../../db/client';
import type { SessionRow } from '../../db/schema';
import { deleteSessionById, deleteSessionsForUser, getSessionByToken, insertSession, touchSession } from '../../db/queries/sessions';
import { newId, nowMillis } from '../../server/ids';
import { CSRF_PROP, type Session } from './types';

/** Last-activity writes are coalesced: at most one per session per this interval. */
const ACTIVITY_WRITE_INTERVAL_MS = 5 * 60 * 1000;

export interface NewSessionOptions {
  userId: string;
  roles: string;
  deviceId?: string;
  lengthHours: number;
  isOAuth?: boolean;
  props?: Record<string, string>;
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

/**
 * Sessions live in the database; resolved tokens are cached in memory for `cacheMinutes`
 * and dropped from the cache on revocation (and, with several nodes, by the cluster bus).
 */
export class SessionService {
  private readonly cache = new Map<string, { session: Session; cachedAt: number }>();
  private readonly invalidationListeners: Array<(userId: string) => void> = [];

  constructor(
    private readonly db: Db,
    private readonly cacheMinutes: () => number,
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
      if (!row) {
        this.cache.delete(token);
        return null;
      }
      session = toSession(row);
      this.cache.set(token, { session, cachedAt: now });
    }
    if (session.expires_at !== 0 && session.expires_at < now) {
      await this.revoke(session);
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

  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    const removed = await deleteSessionsForUser(this.db, userId, exceptSessionId);
    for (const row of removed) this.cache.delete(row.token);
    this.notify(userId);
    return removed.length;
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
}
