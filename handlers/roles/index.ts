import type { TagHandlers } from '../../server/http/handler';
import { notImplemented } from '../notImplemented';
import { getAllRoles } from './getAllRoles';
import { getRole } from './getRole';
import { getRoleByName } from './getRoleByName';
import { getRolesByNames } from './getRolesByNames';
import { patchRole } from './patchRole';

export const rolesHandlers: TagHandlers<'roles'> = {
  GetAllRoles: getAllRoles,
  GetRoleByName: getRoleByName,
  GetRolesByNames: getRolesByNames,
  GetRole: getRole,
  PatchRole: patchRole,
};
