import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const preferencesHandlers: TagHandlers<'preferences'> = {
  GetPreferences: notImplemented,
  UpdatePreferences: notImplemented,
  DeletePreferences: notImplemented,
  GetPreferencesByCategory: notImplemented,
  GetPreferencesByCategoryByName: notImplemented,
};
