import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getAncillaryPermissions } from './getAncillaryPermissions';
import { getAncillaryPermissionsPost } from './getAncillaryPermissionsPost';

export const permissionsHandlers: TagHandlers<'permissions'> = {
  GetAncillaryPermissions: getAncillaryPermissions,
  GetAncillaryPermissionsPost: getAncillaryPermissionsPost,
};
