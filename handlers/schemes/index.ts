import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createScheme } from './createScheme';
import { deleteScheme } from './deleteScheme';
import { getChannelsForScheme } from './getChannelsForScheme';
import { getScheme } from './getScheme';
import { getSchemes } from './getSchemes';
import { getTeamsForScheme } from './getTeamsForScheme';
import { patchScheme } from './patchScheme';

export const schemesHandlers: TagHandlers<'schemes'> = {
  GetSchemes: getSchemes,
  CreateScheme: createScheme,
  GetScheme: getScheme,
  DeleteScheme: deleteScheme,
  GetChannelsForScheme: getChannelsForScheme,
  PatchScheme: patchScheme,
  GetTeamsForScheme: getTeamsForScheme,
};
