import type { ServerContext } from '../context';
import type { WsEvent } from '../events/types';
import { getChannelMemberUserIds, getTeamMemberUserIds } from '../../db/queries/members';
import type { WebConn } from './connection';
import { Presence, type PresenceOptions } from './presence';

export interface HubOptions {
  /** How long a dropped connection stays resumable (its events keep buffering). */
  resumeWindowMs: number;
  presence: PresenceOptions;
}

/**
 * The connections of this process and the fan-out of events to them. Recipients are resolved
 * concurrently but events reach every connection in the order they were published.
 */
export class Hub {
  private readonly conns = new Map<string, WebConn>();
  private readonly byUser = new Map<string, Set<WebConn>>();
  private delivery: Promise<void> = Promise.resolve();
  private readonly sweeper: NodeJS.Timeout;
  readonly presence: Presence;

  constructor(
    private readonly server: ServerContext,
    private readonly opts: HubOptions,
  ) {
    server.events.onEvent((event) => this.enqueue(event));
    this.presence = new Presence(server, (userId) => this.liveCountOf(userId), opts.presence);
    this.sweeper = setInterval(() => this.sweep(), Math.min(opts.resumeWindowMs, 30_000));
    this.sweeper.unref();
  }

  register(conn: WebConn): void {
    this.conns.set(conn.id, conn);
    let set = this.byUser.get(conn.userId);
    if (!set) this.byUser.set(conn.userId, (set = new Set()));
    set.add(conn);
  }

  find(connectionId: string): WebConn | undefined {
    return this.conns.get(connectionId);
  }

  connectionsOf(userId: string): WebConn[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  liveCountOf(userId: string): number {
    let n = 0;
    for (const conn of this.byUser.get(userId) ?? []) if (conn.live) n += 1;
    return n;
  }

  /** Live connections, all users (for figures and tests). */
  liveCount(): number {
    let n = 0;
    for (const conn of this.conns.values()) if (conn.live) n += 1;
    return n;
  }

  remove(conn: WebConn): void {
    this.conns.delete(conn.id);
    const set = this.byUser.get(conn.userId);
    set?.delete(conn);
    if (set?.size === 0) this.byUser.delete(conn.userId);
  }

  /** Closes the sockets of a user whose session no longer resolves (revoked, expired). */
  async recheckSessions(userId: string): Promise<void> {
    for (const conn of this.connectionsOf(userId)) {
      if (!(await this.server.sessions.resolve(conn.sessionToken))) {
        conn.close(4001, 'session revoked');
        this.remove(conn);
      }
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.presence.close();
    for (const conn of this.conns.values()) conn.close(1001, 'server shutting down');
    this.conns.clear();
    this.byUser.clear();
  }

  private enqueue(event: WsEvent): void {
    const recipients = this.recipients(event);
    this.delivery = this.delivery
      .then(async () => this.send(event, await recipients))
      .catch((err: unknown) => console.error('event delivery failed', err));
  }

  private async recipients(event: WsEvent): Promise<Iterable<string> | 'all'> {
    const b = event.broadcast;
    if (b.connection_id) return 'all';
    if (b.user_id) return [b.user_id];
    if (this.conns.size === 0) return [];
    if (b.channel_id) return getChannelMemberUserIds(this.server.db, b.channel_id);
    if (b.team_id) return getTeamMemberUserIds(this.server.db, b.team_id);
    return 'all';
  }

  private send(event: WsEvent, userIds: Iterable<string> | 'all'): void {
    const b = event.broadcast;
    const omitted = b.omit_users ?? {};
    const targets = userIds === 'all' ? this.conns.values() : [...userIds].flatMap((id) => this.connectionsOf(id));
    for (const conn of targets) {
      if (omitted[conn.userId]) continue;
      if (b.connection_id && conn.id !== b.connection_id) continue;
      if (b.omit_connection_id && conn.id === b.omit_connection_id) continue;
      conn.sendEvent(event);
    }
  }

  private sweep(): void {
    const cutoff = Date.now() - this.opts.resumeWindowMs;
    for (const conn of this.conns.values()) if (!conn.live && conn.disconnectedAt < cutoff) this.remove(conn);
  }
}
