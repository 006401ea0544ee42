import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const customProfileAttributesHandlers: TagHandlers<'custom_profile_attributes'> = {
  ListAllCPAFields: notImplemented,
  CreateCPAField: notImplemented,
  DeleteCPAField: notImplemented,
  PatchCPAField: notImplemented,
  GetCPAGroup: notImplemented,
  PatchCPAValues: notImplemented,
  ListCPAValues: notImplemented,
  PatchCPAValuesForUser: notImplemented,
};
