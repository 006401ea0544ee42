import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createPropertyField } from './createPropertyField';
import { deletePropertyField } from './deletePropertyField';
import { getPropertyFields } from './getPropertyFields';
import { getPropertyValues } from './getPropertyValues';
import { getSystemPropertyValues } from './getSystemPropertyValues';
import { patchPropertyField } from './patchPropertyField';
import { patchPropertyValues } from './patchPropertyValues';
import { patchSystemPropertyValues } from './patchSystemPropertyValues';

export const propertiesHandlers: TagHandlers<'properties'> = {
  GetSystemPropertyValues: getSystemPropertyValues,
  PatchSystemPropertyValues: patchSystemPropertyValues,
  GetPropertyFields: getPropertyFields,
  CreatePropertyField: createPropertyField,
  DeletePropertyField: deletePropertyField,
  PatchPropertyField: patchPropertyField,
  GetPropertyValues: getPropertyValues,
  PatchPropertyValues: patchPropertyValues,
};
