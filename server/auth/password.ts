import { hash, verify } from '@node-rs/argon2';
import bcrypt from 'bcryptjs';

/** argon2id (the library's default algorithm) with its default cost. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** A bcrypt hash as Mattermost stores them ($2a$ / $2b$ / $2y$), e.g. in an imported database. */
export function isBcryptHash(stored: string): boolean {
  return /^\$2[aby]\$\d{2}\$/.test(stored);
}

/** Whether the stored hash should be replaced by an argon2id one after a successful check. */
export function needsRehash(stored: string): boolean {
  return isBcryptHash(stored);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (!stored || !password) return false;
  try {
    if (stored.startsWith('$argon2')) return await verify(stored, password);
    // bcrypt only looks at the first 72 bytes; Mattermost refuses longer passwords anyway.
    if (isBcryptHash(stored)) return await bcrypt.compare(password, stored);
    return false;
  } catch {
    return false;
  }
}
