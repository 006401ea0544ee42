import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { configurationFiles } from '../schema';

export async function hasConfigFile(db: DbOrTx, name: string): Promise<boolean> {
  if (name === '') return false;
  const [row] = await db.select({ name: configurationFiles.name }).from(configurationFiles).where(eq(configurationFiles.name, name)).limit(1);
  return row !== undefined;
}

export async function getConfigFile(db: DbOrTx, name: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ data: configurationFiles.data }).from(configurationFiles).where(eq(configurationFiles.name, name)).limit(1);
  return row ? Buffer.from(row.data, 'base64') : undefined;
}

/** Creates or replaces the file. */
export async function setConfigFile(db: DbOrTx, name: string, data: Buffer, at: number): Promise<void> {
  const encoded = data.toString('base64');
  await db
    .insert(configurationFiles)
    .values({ name, data: encoded, createAt: at, updateAt: at })
    .onConflictDoUpdate({ target: configurationFiles.name, set: { data: encoded, updateAt: at } });
}

/** Removes the file; removing a file that does not exist is not an error. */
export async function removeConfigFile(db: DbOrTx, name: string): Promise<void> {
  await db.delete(configurationFiles).where(eq(configurationFiles.name, name));
}
