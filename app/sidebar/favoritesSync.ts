/**
 * The legacy `favorite_channel` preferences and the favorites category move together, as
 * Mattermost's UpdateSidebarChannelsByPreferences / DeleteSidebarChannelsByPreferences: for the
 * preference operations to call when they save or delete preferences.
 */
import type { DbOrTx } from '../../db/client';
import { getChannelById } from '../../db/queries/channels';
import { getFavoritesCategories, placeChannelFirst, removeFromFavorites } from '../../db/queries/sidebarCategories';
import { SORT_DISTANCE } from './categories';

export interface PreferenceLike {
  category: string;
  name: string;
  value?: string;
}

const FAVORITE_CHANNEL = 'favorite_channel';

/** Saved preferences: `true` puts the channel first in favorites (of its team, or of every team for a DM/GM), `false` takes it out. */
export async function syncFavoritesOnSave(db: DbOrTx, userId: string, prefs: PreferenceLike[]): Promise<void> {
  for (const pref of prefs) {
    if (pref.category !== FAVORITE_CHANNEL) continue;
    if (pref.value === 'false') {
      await removeFromFavorites(db, userId, pref.name);
      continue;
    }
    const channel = await getChannelById(db, pref.name);
    if (!channel) continue;
    for (const category of await getFavoritesCategories(db, userId, channel.teamId || null)) {
      await placeChannelFirst(db, userId, category.id, channel.id, SORT_DISTANCE);
    }
  }
}

/** Deleted preferences: the channels leave favorites. */
export async function syncFavoritesOnDelete(db: DbOrTx, userId: string, prefs: PreferenceLike[]): Promise<void> {
  for (const pref of prefs) {
    if (pref.category === FAVORITE_CHANNEL) await removeFromFavorites(db, userId, pref.name);
  }
}
