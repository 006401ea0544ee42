import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getCPAGroup } from './getCPAGroup';

export const customProfileAttributesHandlers: TagHandlers<'custom_profile_attributes'> = {
  ListAllCPAFields: notImplemented,
  CreateCPAField: notImplemented,
  DeleteCPAField: notImplemented,
  PatchCPAField: notImplemented,
  GetCPAGroup: getCPAGroup,
  PatchCPAValues: notImplemented,
  ListCPAValues: notImplemented,
  PatchCPAValuesForUser: notImplemented,
};
