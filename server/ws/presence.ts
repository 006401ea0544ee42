import type { ServerContext } from '../context';
import { setAutomaticStatus, STATUS_AWAY, STATUS_OFFLINE, STATUS_ONLINE } from '../../app/status/status';
import { saveLastActivity } from '../../db/queries/status';

export interface PresenceOptions {
  /** After the last socket of a user closes, wait this long before marking them offline. */
  offlineGraceMs: number;
  /** How often inactivity is checked and last activity written. */
  sweepMs: number;
}

/**
 * Online while a socket is open, away after TeamSettings.UserStatusAwayTimeout seconds without
 * activity, offline a moment after the last socket closes. Activity is kept in memory and
 * written in batches, not once per message.
 */
export class Presence {
  private readonly lastActivity = new Map<string, number>();
  private readonly dirty = new Map<string, number>();
  /** Statuses as last seen on the bus, so that activity needs no database read. */
  private readonly known = new Map<string, string>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly server: ServerContext,
    private readonly liveConnections: (userId: string) => number,
    private readonly opts: PresenceOptions,
  ) {
    this.timer = setInterval(() => void this.sweep().catch((err: unknown) => console.error('presence sweep failed', err)), opts.sweepMs);
    this.timer.unref();
    server.events.onEvent((event) => {
      if (event.event === 'status_change') this.known.set(String(event.data.user_id), String(event.data.status));
    });
  }

  async connected(userId: string): Promise<void> {
    this.touch(userId);
    await setAutomaticStatus(this.server, userId, STATUS_ONLINE, Date.now());
  }

  /** The user did something (an action, user_update_active_status): back online if away. */
  async active(userId: string): Promise<void> {
    this.touch(userId);
    if (this.known.get(userId) === STATUS_AWAY) await setAutomaticStatus(this.server, userId, STATUS_ONLINE, Date.now());
  }

  disconnected(userId: string): void {
    setTimeout(() => {
      if (this.liveConnections(userId) > 0) return;
      this.lastActivity.delete(userId);
      void setAutomaticStatus(this.server, userId, STATUS_OFFLINE, Date.now()).catch(() => undefined);
    }, this.opts.offlineGraceMs).unref();
  }

  close(): void {
    clearInterval(this.timer);
  }

  private touch(userId: string): void {
    const now = Date.now();
    this.lastActivity.set(userId, now);
    this.dirty.set(userId, now);
  }

  private async sweep(): Promise<void> {
    const awayAfter = this.server.config.get().TeamSettings.UserStatusAwayTimeout * 1000;
    const now = Date.now();
    for (const [userId, at] of this.lastActivity) {
      if (now - at <= awayAfter || this.known.get(userId) !== STATUS_ONLINE || this.liveConnections(userId) === 0) continue;
      await setAutomaticStatus(this.server, userId, STATUS_AWAY, at);
    }
    const batch = new Map(this.dirty);
    this.dirty.clear();
    await saveLastActivity(this.server.db, batch);
  }
}
