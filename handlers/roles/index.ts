import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';

export const rolesHandlers: TagHandlers<'roles'> = {
  GetAllRoles: notImplemented,
  GetRoleByName: notImplemented,
  GetRolesByNames: notImplemented,
  GetRole: notImplemented,
  PatchRole: notImplemented,
};
