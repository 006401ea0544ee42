import type { Db } from '../../db/client';
import type { RoleRow } from '../../db/schema';
import { getAllRoles, insertRolesIfMissing, updateRolePermissions } from '../../db/queries/roles';
import { BUILTIN_ROLES } from '../../server/permissions/builtinRoles';
import { newId, nowMillis } from '../../server/ids';

/** A role as Mattermost serialises it. */
export interface Role {
  id: string;
  name: string;
  display_name: string;
  description: string;
  create_at: number;
  update_at: number;
  delete_at: number;
  permissions: string[];
  scheme_managed: boolean;
  built_in: boolean;
}

export function toRole(row: RoleRow): Role {
  return {
    id: row.id,
    name: row.name,
    display_name: row.displayName,
    description: row.description,
    create_at: row.createAt,
    update_at: row.updateAt,
    delete_at: row.deleteAt,
    permissions: row.permissions,
    scheme_managed: row.schemeManaged,
    built_in: row.builtIn,
  };
}

/**
 * Roles are data: seeded with Mattermost's built-in roles, held in memory by name, reloaded
 * when a role changes (here or, through the cluster bus, on another node).
 */
export class RoleService {
  private byName = new Map<string, RoleRow>();
  private permissionCache = new Map<string, ReadonlySet<string>>();

  constructor(private readonly db: Db) {}

  async seedAndLoad(): Promise<void> {
    const now = nowMillis();
    await insertRolesIfMissing(
      this.db,
      BUILTIN_ROLES.map((r) => ({
        id: newId(),
        name: r.name,
        displayName: r.display_name,
        description: r.description,
        createAt: now,
        updateAt: now,
        deleteAt: 0,
        permissions: [...r.permissions],
        schemeManaged: r.scheme_managed,
        builtIn: true,
      })),
    );
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await getAllRoles(this.db);
    this.byName = new Map(rows.map((r) => [r.name, r]));
    this.permissionCache.clear();
  }

  getByName(name: string): RoleRow | undefined {
    return this.byName.get(name);
  }

  all(): RoleRow[] {
    return [...this.byName.values()];
  }

  getById(id: string): RoleRow | undefined {
    for (const row of this.byName.values()) if (row.id === id) return row;
    return undefined;
  }

  /** Union of the permissions of a space-separated role list (as users and sessions store it). */
  permissionsOf(roleNames: string): ReadonlySet<string> {
    let set = this.permissionCache.get(roleNames);
    if (!set) {
      const acc = new Set<string>();
      for (const name of roleNames.split(' ')) {
        const role = name ? this.byName.get(name) : undefined;
        if (role && role.deleteAt === 0) for (const p of role.permissions) acc.add(p);
      }
      set = acc;
      this.permissionCache.set(roleNames, set);
    }
    return set;
  }

  hasPermission(roleNames: string, permission: string): boolean {
    return this.permissionsOf(roleNames).has(permission);
  }

  /** Applies a permission change made elsewhere (another node) without a database read. */
  applyPermissions(roleId: string, permissions: string[], updateAt: number): void {
    const row = this.getById(roleId);
    if (!row || row.updateAt > updateAt) return;
    this.byName.set(row.name, { ...row, permissions, updateAt });
    this.permissionCache.clear();
  }

  async setPermissions(id: string, permissions: string[]): Promise<RoleRow | undefined> {
    const row = await updateRolePermissions(this.db, id, permissions, nowMillis());
    await this.reload();
    return row;
  }
}
