/** Reads and writes of the Systems key/value table for the system area. */
import { systems } from '../../db/schema';
import type { DbOrTx } from '../../db/client';
import { getSystemValue } from '../../db/queries/system';

export { getSystemValue };

export async function setSystemValue(db: DbOrTx, name: string, value: string): Promise<void> {
  await db.insert(systems).values({ name, value }).onConflictDoUpdate({ target: systems.name, set: { value } });
}

export const FIRST_ADMIN_SETUP_COMPLETE = 'FirstAdminSetupComplete';
export const FIRST_ADMIN_VISIT_MARKETPLACE = 'FirstAdminVisitMarketplace';

/**
 * {name, value} as Mattermost's model.System for a true/false flag; `false` unless `true` was
 * written.
 */
export async function systemFlag(db: DbOrTx, name: string): Promise<{ name: string; value: string }> {
  return { name, value: (await getSystemValue(db, name)) === 'true' ? 'true' : 'false' };
}
