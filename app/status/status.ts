/**
 * Presence as Mattermost keeps it: online / away / offline / dnd, manual or automatic, with a
 * timed do-not-disturb (end time in Unix seconds) that reverts to the previous status. Expired
 * do-not-disturbs are ended lazily, whenever statuses are read.
 */
import type { StatusRow } from '../../db/schema';
import { expireDndStatuses, getStatus, getStatuses, saveStatus } from '../../db/queries/status';
import type { ServerContext } from '../../server/context';
import { nowMillis } from '../../server/ids';

export const STATUS_ONLINE = 'online';
export const STATUS_AWAY = 'away';
export const STATUS_OFFLINE = 'offline';
export const STATUS_DND = 'dnd';
export const STATUS_OUT_OF_OFFICE = 'ooo';

export interface ApiStatus {
  user_id: string;
  status: string;
  manual: boolean;
  last_activity_at: number;
  dnd_end_time: number;
}

export function toApiStatus(row: StatusRow): ApiStatus {
  return { user_id: row.userId, status: row.status, manual: row.manual, last_activity_at: row.lastActivityAt, dnd_end_time: row.dndEndTime };
}

function offline(userId: string): StatusRow {
  return { userId, status: STATUS_OFFLINE, manual: false, lastActivityAt: 0, dndEndTime: 0, prevStatus: '' };
}

export async function saveStatusRow(server: ServerContext, row: StatusRow): Promise<void> {
  await saveStatus(server.db, row);
}

/** Ends the do-not-disturbs whose time is up (Mattermost runs this every minute). */
export async function expireDnd(server: ServerContext): Promise<void> {
  await expireDndStatuses(server.db, Math.floor(Date.now() / 1000));
}

async function current(server: ServerContext, userId: string): Promise<StatusRow | undefined> {
  await expireDnd(server);
  return getStatus(server.db, userId);
}

/** Statuses for the ids, in order; users without one (or unknown ids) are offline. */
export async function getStatusesByIds(server: ServerContext, userIds: string[]): Promise<ApiStatus[]> {
  await expireDnd(server);
  const rows = new Map((await getStatuses(server.db, userIds)).map((r) => [r.userId, r]));
  return userIds.map((id) => toApiStatus(rows.get(id) ?? offline(id)));
}

export async function getUserStatus(server: ServerContext, userId: string): Promise<ApiStatus> {
  return toApiStatus((await current(server, userId)) ?? offline(userId));
}

/** Mattermost's DND end times are kept to the minute. */
function truncateToMinute(seconds: number): number {
  return Math.floor(seconds / 60) * 60;
}

/**
 * A status the user chose (UpdateUserStatus): online clears the manual flag, offline and away
 * are manual, dnd remembers the previous status and may end by itself. Nothing changes when
 * ServiceSettings.EnableUserStatuses is off. `status_change` goes to the user after the save.
 */
export async function setManualStatus(server: ServerContext, userId: string, value: string, dndEndTime = 0): Promise<void> {
  if (!server.config.get().ServiceSettings.EnableUserStatuses) return;
  const now = nowMillis();
  const existing = await current(server, userId);
  const base = existing ?? offline(userId);
  let next: StatusRow;
  switch (value) {
    case STATUS_ONLINE:
      next = { ...base, status: STATUS_ONLINE, manual: false, lastActivityAt: now, dndEndTime: 0 };
      break;
    case STATUS_OFFLINE:
      next = { ...offline(userId), manual: true, lastActivityAt: now };
      break;
    case STATUS_AWAY:
      next = { ...base, status: STATUS_AWAY, manual: true, dndEndTime: 0 };
      break;
    case STATUS_DND:
      next = {
        ...base,
        prevStatus: base.status,
        status: STATUS_DND,
        manual: true,
        dndEndTime: dndEndTime > 0 ? truncateToMinute(dndEndTime) : 0,
      };
      break;
    default:
      return;
  }
  await saveStatus(server.db, next);
  // Choosing "online" while already online changes nothing anyone sees: Mattermost's
  // SetStatusOnline saves it without a status_change. Every other manual choice is announced.
  if (value === STATUS_ONLINE && existing?.status === STATUS_ONLINE) return;
  announceStatus(server, next);
}

/**
 * Out of office, as Mattermost's SetStatusOutOfOffice when a user turns their automatic replies
 * on: a manual status, saved and announced.
 */
export async function setOutOfOffice(server: ServerContext, userId: string): Promise<void> {
  if (!server.config.get().ServiceSettings.EnableUserStatuses) return;
  const next: StatusRow = { ...((await current(server, userId)) ?? offline(userId)), status: STATUS_OUT_OF_OFFICE, manual: true };
  await saveStatus(server.db, next);
  announceStatus(server, next);
}

/** status_change goes to the user's own connections, as Mattermost's BroadcastStatus does. */
export function announceStatus(server: ServerContext, row: StatusRow): void {
  server.events.publish({ event: 'status_change', data: { status: row.status, user_id: row.userId }, broadcast: { user_id: row.userId } });
}

/**
 * An automatic status change (sockets, inactivity): never overrides a status the user chose,
 * except that coming online again ends nothing manual. Returns whether the status changed.
 */
export async function setAutomaticStatus(server: ServerContext, userId: string, value: string, activityAt: number): Promise<boolean> {
  if (!server.config.get().ServiceSettings.EnableUserStatuses) return false;
  const existing = await current(server, userId);
  if (existing?.manual) return false;
  if (existing?.status === value) return false;
  const next: StatusRow = { ...(existing ?? offline(userId)), status: value, manual: false, lastActivityAt: Math.max(activityAt, existing?.lastActivityAt ?? 0) };
  await saveStatus(server.db, next);
  announceStatus(server, next);
  return true;
}
