/**
 * Custom statuses stored as Mattermost stores them: the user prop `customStatus` (JSON of
 * emoji, text, duration, expires_at) and the five most recent ones in the preference
 * custom_status / recent_custom_statuses. Setting or clearing announces the user
 * (`user_updated`, as Mattermost's UpdateUser); a change of the recent list is a
 * `preferences_changed` to the user, as Mattermost saves it through UpdatePreferences.
 */
import type { UserRow } from '../../db/schema';
import { getPreference, upsertPreferences } from '../../db/queries/preferences';
import { updateUserReturning } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError, Errors } from '../../server/http/appError';
import { nowMillis } from '../../server/ids';
import { CUSTOM_STATUS_PROP } from '../users/serialize';
import { publishUserUpdated } from '../users/events';
import type { DbOrTx } from '../../db/client';

export const PREFERENCE_CATEGORY_CUSTOM_STATUS = 'custom_status';
export const PREFERENCE_NAME_RECENT_CUSTOM_STATUSES = 'recent_custom_statuses';
const MAX_RECENT = 5;
const TEXT_MAX_RUNES = 100;
const VALID_DURATIONS = new Set(['thirty_minutes', 'one_hour', 'four_hours', 'today', 'this_week', 'date_and_time']);
/** Go's zero time, which Mattermost serialises for a status without expiry. */
const ZERO_TIME = '0001-01-01T00:00:00Z';

export interface CustomStatus {
  emoji: string;
  text: string;
  duration: string;
  expires_at: string;
}

export interface CustomStatusInput {
  emoji?: unknown;
  text?: unknown;
  duration?: unknown;
  expires_at?: unknown;
}

function parseTime(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return 0;
  if (typeof value !== 'string') return null;
  if (value.startsWith('0001-01-01')) return 0;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

function formatTime(ms: number): string {
  return ms === 0 ? ZERO_TIME : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * Decodes and checks a custom status as the handler does: emoji or text required, a known
 * duration with an expiry not in the past (or no duration and no past expiry). PreSave
 * applied: date_and_time when only an expiry is given, text cut to 100 characters.
 */
export function normalizeCustomStatus(input: CustomStatusInput): CustomStatus {
  const bad = () => Errors.invalidBodyParam('custom_status');
  if (input.emoji !== undefined && typeof input.emoji !== 'string') throw bad();
  if (input.text !== undefined && typeof input.text !== 'string') throw bad();
  if (input.duration !== undefined && typeof input.duration !== 'string') throw bad();
  const emoji = (input.emoji as string | undefined) ?? '';
  const text = (input.text as string | undefined) ?? '';
  let duration = (input.duration as string | undefined) ?? '';
  const expires = parseTime(input.expires_at);
  if (expires === null) throw bad();
  if (emoji === '' && text === '') throw bad();
  const now = nowMillis();
  const notPast = expires === 0 ? false : expires >= now;
  const valid = (duration === '' && (expires === 0 || notPast)) || (VALID_DURATIONS.has(duration) && (expires === 0 ? false : notPast));
  // Go compares the zero time as "before now", so a known duration needs a real expiry.
  if (!valid) throw bad();
  if (duration === '' && notPast) duration = 'date_and_time';
  return { emoji, text: [...text].slice(0, TEXT_MAX_RUNES).join(''), duration, expires_at: formatTime(expires) };
}

/** Decodes a recent status to remove (no validation beyond types, as Mattermost). */
export function decodeCustomStatus(input: CustomStatusInput): CustomStatus {
  const expires = parseTime(input.expires_at);
  if (expires === null || [input.emoji, input.text, input.duration].some((v) => v !== undefined && typeof v !== 'string')) {
    throw Errors.invalidBodyParam('recent_custom_status');
  }
  return {
    emoji: (input.emoji as string | undefined) ?? '',
    text: (input.text as string | undefined) ?? '',
    duration: (input.duration as string | undefined) ?? '',
    expires_at: formatTime(expires),
  };
}

function same(a: CustomStatus, b: CustomStatus): boolean {
  return a.emoji === b.emoji && a.text === b.text && a.duration === b.duration && (parseTime(a.expires_at) ?? -1) === (parseTime(b.expires_at) ?? -2);
}

function serialize(cs: CustomStatus): string {
  return JSON.stringify({ emoji: cs.emoji, text: cs.text, duration: cs.duration, expires_at: cs.expires_at });
}

async function readRecent(server: ServerContext, userId: string): Promise<{ list: CustomStatus[]; exists: boolean; empty: boolean }> {
  const pref = await getPreference(server.db, userId, PREFERENCE_CATEGORY_CUSTOM_STATUS, PREFERENCE_NAME_RECENT_CUSTOM_STATUSES);
  if (!pref) return { list: [], exists: false, empty: true };
  if (pref.value === '') return { list: [], exists: true, empty: true };
  try {
    const parsed = JSON.parse(pref.value) as unknown;
    return { list: Array.isArray(parsed) ? (parsed as CustomStatus[]) : [], exists: true, empty: false };
  } catch {
    throw new AppError('api.unmarshal_error', 'Unable to read the recent custom statuses.', 400);
  }
}

interface RecentPreference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

async function writeRecent(db: DbOrTx, userId: string, list: CustomStatus[]): Promise<RecentPreference> {
  const pref = {
    user_id: userId,
    category: PREFERENCE_CATEGORY_CUSTOM_STATUS,
    name: PREFERENCE_NAME_RECENT_CUSTOM_STATUSES,
    value: JSON.stringify(list.map((s) => JSON.parse(serialize(s)))),
  };
  await upsertPreferences(db, [{ userId, category: pref.category, name: pref.name, value: pref.value }]);
  return pref;
}

function publishRecentChanged(server: ServerContext, pref: RecentPreference): void {
  server.events.publish({ event: 'preferences_changed', data: { preferences: JSON.stringify([pref]) }, broadcast: { user_id: pref.user_id } });
}

export async function setCustomStatus(server: ServerContext, user: UserRow, cs: CustomStatus): Promise<void> {
  // the newest first; one entry per text; at most five
  let recent: CustomStatus[] = [];
  try {
    recent = (await readRecent(server, user.id)).list;
  } catch {
    recent = [];
  }
  const next = [cs, ...recent.filter((s) => s.text !== cs.text)].slice(0, MAX_RECENT);
  const { row, pref } = await server.db.transaction(async (tx) => ({
    row: await updateUserReturning(tx, user.id, { props: { ...user.props, [CUSTOM_STATUS_PROP]: serialize(cs) }, updateAt: nowMillis() }),
    pref: await writeRecent(tx, user.id, next),
  }));
  if (row) await publishUserUpdated(server, row);
  publishRecentChanged(server, pref);
}

export async function unsetCustomStatus(server: ServerContext, user: UserRow): Promise<void> {
  const row = await updateUserReturning(server.db, user.id, { props: { ...user.props, [CUSTOM_STATUS_PROP]: '' }, updateAt: nowMillis() });
  if (row) await publishUserUpdated(server, row);
}

export async function removeRecentCustomStatus(server: ServerContext, userId: string, cs: CustomStatus): Promise<void> {
  const notFound = () => new AppError('api.custom_status.recent_custom_statuses.delete.app_error', 'Failed to delete the recent custom status.', 400);
  const { list, exists, empty } = await readRecent(server, userId);
  if (!exists) throw new AppError('app.preference.get.app_error', 'Unable to get the preference.', 400);
  if (empty) throw notFound();
  if (cs.emoji === '' && cs.text === '') throw notFound();
  if (!list.some((s) => same(s, cs))) throw notFound();
  publishRecentChanged(server, await writeRecent(server.db, userId, list.filter((s) => !same(s, cs))));
}
