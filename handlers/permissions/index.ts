import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const permissionsHandlers: TagHandlers<'permissions'> = {
  GetAncillaryPermissions: notImplemented,
  GetAncillaryPermissionsPost: notImplemented,
};
