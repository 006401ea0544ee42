import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const schemesHandlers: TagHandlers<'schemes'> = {
  GetSchemes: notImplemented,
  CreateScheme: notImplemented,
  GetScheme: notImplemented,
  DeleteScheme: notImplemented,
  GetChannelsForScheme: notImplemented,
  PatchScheme: notImplemented,
  GetTeamsForScheme: notImplemented,
};
