import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const propertiesHandlers: TagHandlers<'properties'> = {
  GetSystemPropertyValues: notImplemented,
  PatchSystemPropertyValues: notImplemented,
  GetPropertyFields: notImplemented,
  CreatePropertyField: notImplemented,
  DeletePropertyField: notImplemented,
  PatchPropertyField: notImplemented,
  GetPropertyValues: notImplemented,
  PatchPropertyValues: notImplemented,
};
