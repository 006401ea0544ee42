import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { createCPAField } from './createCPAField';
import { deleteCPAField } from './deleteCPAField';
import { getCPAGroup } from './getCPAGroup';
import { listAllCPAFields } from './listAllCPAFields';
import { listCPAValues } from './listCPAValues';
import { patchCPAField } from './patchCPAField';
import { patchCPAValues } from './patchCPAValues';
import { patchCPAValuesForUser } from './patchCPAValuesForUser';

export const customProfileAttributesHandlers: TagHandlers<'custom_profile_attributes'> = {
  ListAllCPAFields: listAllCPAFields,
  CreateCPAField: createCPAField,
  DeleteCPAField: deleteCPAField,
  PatchCPAField: patchCPAField,
  GetCPAGroup: getCPAGroup,
  PatchCPAValues: patchCPAValues,
  ListCPAValues: listCPAValues,
  PatchCPAValuesForUser: patchCPAValuesForUser,
};
