/**
 * The server-busy flag (POST/GET/DELETE /server_busy): an in-memory deadline, as Mattermost's
 * Busy state of one node. While set, clients are told to defer non-critical work.
 */
export const DEFAULT_BUSY_SECONDS = 3600;
export const MAX_BUSY_SECONDS = 86400;

let busyUntil = 0;

export function setBusy(seconds: number, now = Date.now()): void {
  busyUntil = now + seconds * 1000;
}

export function clearBusy(): void {
  busyUntil = 0;
}

export function isBusy(now = Date.now()): boolean {
  return busyUntil > now;
}

/** Mattermost's serverBusyState JSON: {busy, expires (unix seconds), expires_ts (RFC 3339)}. */
export function busyState(now = Date.now()): { busy: boolean; expires: number; expires_ts: string } {
  if (busyUntil === 0) return { busy: false, expires: -62135596800, expires_ts: '0001-01-01T00:00:00Z' };
  return {
    busy: isBusy(now),
    expires: Math.floor(busyUntil / 1000),
    expires_ts: new Date(Math.floor(busyUntil / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
