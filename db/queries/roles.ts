import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { roles, type RoleRow } from '../schema';

export async function insertRolesIfMissing(db: DbOrTx, rows: RoleRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(roles).values(rows).onConflictDoNothing({ target: roles.name });
}

export async function getAllRoles(db: DbOrTx): Promise<RoleRow[]> {
  return db.select().from(roles);
}

export async function getRolesByNames(db: DbOrTx, names: string[]): Promise<RoleRow[]> {
  if (names.length === 0) return [];
  return db.select().from(roles).where(inArray(roles.name, names));
}

export async function updateRolePermissions(db: DbOrTx, id: string, permissions: string[], updateAt: number): Promise<RoleRow | undefined> {
  const [row] = await db.update(roles).set({ permissions, updateAt }).where(eq(roles.id, id)).returning();
  return row;
}
