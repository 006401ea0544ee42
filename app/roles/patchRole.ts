import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/authorization';
import {
  MANAGE_ROLES,
  MANAGE_SYSTEM,
  SYSCONSOLE_READ_USER_MANAGEMENT_SYSTEM_ROLES,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS,
  SYSCONSOLE_WRITE_USER_MANAGEMENT_SYSTEM_ROLES,
} from '../../server/permissions/permissionIds';
import { ALL_PERMISSIONS, DEPRECATED_PERMISSIONS } from '../../server/permissions/permissionIds';
import { toRole, type Role } from './roleService';

/** Roles whose patch needs manage_system (system admin and the delegated admin roles). */
const PROTECTED_ROLES = new Set(['system_admin', 'system_user_manager', 'system_read_only_admin', 'system_manager']);
/** Roles edited from the System Console's permission schemes. */
const SCHEME_ROLES = new Set([
  'team_admin', 'channel_admin', 'system_user', 'team_user', 'channel_user', 'system_guest', 'team_guest', 'channel_guest',
  'playbook_admin', 'playbook_member', 'run_admin', 'run_member',
]);
const GUEST_ROLES = new Set(['system_guest', 'team_guest', 'channel_guest']);
/** Permissions no patch may add or remove. */
const LOCKED_PERMISSIONS = new Set([SYSCONSOLE_WRITE_USER_MANAGEMENT_SYSTEM_ROLES, SYSCONSOLE_READ_USER_MANAGEMENT_SYSTEM_ROLES, MANAGE_ROLES]);
const KNOWN_PERMISSIONS = new Set([...ALL_PERMISSIONS, ...DEPRECATED_PERMISSIONS]);

/**
 * Mattermost's patchRole on an unlicensed server: who may patch which role, guest roles
 * locked without a licence, locked permissions, unknown permissions refused. Takes effect
 * on the next request (the role service reloads).
 */
export async function patchRole(server: ServerContext, session: Session, roleId: string, permissions: string[] | undefined): Promise<Role> {
  const role = server.roles.getById(roleId);
  if (!role) throw new AppError('app.role.get.app_error', 'Unable to get role.', 404);
  requireSystemPermission(server, session, PROTECTED_ROLES.has(role.name) ? MANAGE_SYSTEM : SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS);
  if (permissions === undefined) return toRole(role);
  if (GUEST_ROLES.has(role.name)) {
    throw new AppError('api.roles.patch_roles.license.error', 'Your license does not support advanced permissions.', 501);
  }
  const next = [...new Set(permissions)];
  const before = new Set(role.permissions);
  const changed = [...next.filter((p) => !before.has(p)), ...role.permissions.filter((p) => !next.includes(p))];
  const locked = changed.find((p) => LOCKED_PERMISSIONS.has(p));
  if (locked) {
    throw new AppError('api.roles.patch_roles.not_allowed_permission.error', 'One or more of the following permissions cannot be added or removed.', 501, `cannot add or remove ${locked}`);
  }
  requireSystemPermission(server, session, SCHEME_ROLES.has(role.name) ? SYSCONSOLE_WRITE_USER_MANAGEMENT_PERMISSIONS : SYSCONSOLE_WRITE_USER_MANAGEMENT_SYSTEM_ROLES);
  const unknown = next.find((p) => !KNOWN_PERMISSIONS.has(p));
  if (unknown) throw new AppError('app.role.save.invalid_role.app_error', 'The role was not valid.', 400, `unknown permission ${unknown}`);
  const saved = toRole((await server.roles.setPermissions(role.id, next))!);
  server.events.invalidate({ kind: 'role_permissions', roleId: saved.id, permissions: saved.permissions, updateAt: saved.update_at });
  server.events.publish({ event: 'role_updated', data: { role: JSON.stringify(saved) }, broadcast: {} });
  return saved;
}
