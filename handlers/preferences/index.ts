import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { deletePreferences } from './deletePreferences';
import { getPreferences } from './getPreferences';
import { getPreferencesByCategory } from './getPreferencesByCategory';
import { getPreferencesByCategoryByName } from './getPreferencesByCategoryByName';
import { updatePreferences } from './updatePreferences';

export const preferencesHandlers: TagHandlers<'preferences'> = {
  GetPreferences: getPreferences,
  UpdatePreferences: updatePreferences,
  DeletePreferences: deletePreferences,
  GetPreferencesByCategory: getPreferencesByCategory,
  GetPreferencesByCategoryByName: getPreferencesByCategoryByName,
};
