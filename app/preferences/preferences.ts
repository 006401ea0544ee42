/**
 * Preferences as Mattermost validates and saves them: (user, category, name) → value, saved
 * and deleted in batches for oneself (or another user with edit_other_users).
 */
import type { PreferenceRow } from '../../db/schema';
import { deletePreference, getPreference, getPreferencesByCategory, getPreferencesForUser, upsertPreferences } from '../../db/queries/preferences';
import { syncFavoritesOnDelete, syncFavoritesOnSave } from '../sidebar/favoritesSync';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export interface ApiPreference {
  user_id: string;
  category: string;
  name: string;
  value: string;
}

export interface PreferenceInput {
  user_id?: unknown;
  category?: unknown;
  name?: unknown;
  value?: unknown;
}

const MAX_VALUE_RUNES = 20000;
const MAX_LIMIT_VISIBLE_DMS_GMS = 40;
const COLOR = /^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/;

export function toApiPreference(row: PreferenceRow): ApiPreference {
  return { user_id: row.userId, category: row.category, name: row.name, value: row.value };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function invalid(field: string, detail: string): AppError {
  return new AppError(`model.preference.is_valid.${field}.app_error`, 'Invalid preference.', 400, detail);
}

/** PreUpdate: a theme keeps only colour values that are colours (others become white). */
function preUpdate(p: ApiPreference): ApiPreference {
  if (p.category !== 'theme') return p;
  try {
    const theme = JSON.parse(p.value) as Record<string, unknown>;
    if (!theme || typeof theme !== 'object' || Array.isArray(theme)) return p;
    for (const [key, value] of Object.entries(theme)) {
      if (key === 'image' || key === 'type' || key === 'codeTheme') continue;
      if (typeof value !== 'string' || !COLOR.test(value)) theme[key] = '#ffffff';
    }
    return { ...p, value: JSON.stringify(theme) };
  } catch {
    return p;
  }
}

/** Mattermost's Preference.IsValid. */
export function validatePreference(p: ApiPreference): AppError | null {
  if (!isValidId(p.user_id)) return invalid('id', `user_id=${p.user_id}`);
  if (p.category === '' || p.category.length > 32) return invalid('category', `category=${p.category}`);
  if (p.name.length > 32) return invalid('name', `name=${p.name}`);
  if ([...p.value].length > MAX_VALUE_RUNES) return invalid('value', 'value too long');
  if (p.category === 'theme') {
    let ok = false;
    try {
      const parsed = JSON.parse(p.value) as unknown;
      ok = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === 'string');
    } catch {
      ok = false;
    }
    if (!ok) return invalid('theme', `value=${p.value}`);
  }
  if (p.category === 'sidebar_settings' && p.name === 'limit_visible_dms_gms') {
    const n = Number(p.value);
    if (!/^-?\d+$/.test(p.value) || n < 1 || n > MAX_LIMIT_VISIBLE_DMS_GMS) return invalid('limit_visible_dms_gms', `value=${p.value}`);
  }
  return null;
}

function normalize(input: PreferenceInput): ApiPreference {
  return { user_id: str(input.user_id), category: str(input.category), name: str(input.name), value: str(input.value) };
}

export async function getAll(server: ServerContext, userId: string): Promise<ApiPreference[]> {
  return (await getPreferencesForUser(server.db, userId)).map(toApiPreference);
}

export async function getCategory(server: ServerContext, userId: string, category: string): Promise<ApiPreference[]> {
  const rows = await getPreferencesByCategory(server.db, userId, category);
  if (rows.length === 0) {
    throw new AppError('api.preference.preferences_category.get.app_error', 'Unable to find preferences for the given category.', 404);
  }
  return rows.map(toApiPreference);
}

export async function getOne(server: ServerContext, userId: string, category: string, name: string): Promise<ApiPreference> {
  const row = await getPreference(server.db, userId, category, name);
  if (!row) throw new AppError('app.preference.get.app_error', 'Unable to get the preference.', 400);
  return toApiPreference(row);
}

/** UpdatePreferences: every preference must belong to the user; all are validated, then saved together. */
export async function save(server: ServerContext, userId: string, inputs: PreferenceInput[]): Promise<void> {
  const prefs = inputs.map(normalize);
  for (const p of prefs) {
    if (p.user_id !== userId) {
      throw new AppError('api.preference.update_preferences.set.app_error', 'Unable to set user preferences.', 403, `userId=${userId}, preference.UserId=${p.user_id}`);
    }
  }
  const ready = prefs.map(preUpdate);
  for (const p of ready) {
    const err = validatePreference(p);
    if (err) throw err;
  }
  // the last value wins when the same preference appears twice in one batch
  const unique = [...new Map(ready.map((p) => [`${p.category}\u0000${p.name}`, p])).values()];
  await server.db.transaction(async (tx) => {
    await upsertPreferences(tx, unique.map((p) => ({ userId: p.user_id, category: p.category, name: p.name, value: p.value })));
    await syncFavoritesOnSave(tx, userId, unique);
  });
  server.events.publish({ event: 'preferences_changed', data: { preferences: JSON.stringify(unique) }, broadcast: { user_id: userId } });
}

export async function remove(server: ServerContext, userId: string, inputs: PreferenceInput[]): Promise<void> {
  const prefs = inputs.map(normalize);
  for (const p of prefs) {
    if (p.user_id !== userId) {
      throw new AppError('api.preference.delete_preferences.delete.app_error', 'Unable to delete user preferences.', 403, `userId=${userId}, preference.UserId=${p.user_id}`);
    }
  }
  await server.db.transaction(async (tx) => {
    for (const p of prefs) await deletePreference(tx, userId, p.category, p.name);
    await syncFavoritesOnDelete(tx, userId, prefs);
  });
  server.events.publish({ event: 'preferences_deleted', data: { preferences: JSON.stringify(prefs) }, broadcast: { user_id: userId } });
}
