import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { configurations, systems } from '../schema';

export async function getSystemValue(db: DbOrTx, name: string): Promise<string | undefined> {
  const [row] = await db.select().from(systems).where(eq(systems.name, name)).limit(1);
  return row?.value;
}

/** Sets the value unless one exists; returns the value that is stored afterwards. */
export async function ensureSystemValue(db: DbOrTx, name: string, value: string): Promise<string> {
  await db.insert(systems).values({ name, value }).onConflictDoNothing();
  return (await getSystemValue(db, name)) ?? value;
}

export async function getActiveConfig(db: DbOrTx): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.select().from(configurations).where(eq(configurations.active, true)).limit(1);
  return row?.value;
}

/** Replaces the active configuration (in the caller's transaction). */
export async function saveActiveConfig(db: DbOrTx, id: string, value: Record<string, unknown>, createAt: number): Promise<void> {
  await db.update(configurations).set({ active: false }).where(eq(configurations.active, true));
  await db.insert(configurations).values({ id, value, createAt, active: true });
}
