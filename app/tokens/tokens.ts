/**
 * Single-use tokens (password recovery, email verification, team invitations), stored as
 * Mattermost stores them: a 64-character random token, a type and JSON extra data.
 */
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../../db/client';
import type { TokenRow } from '../../db/schema';
import { deleteToken, getToken, getTokensByType, insertToken } from '../../db/queries/tokens';
import { nowMillis } from '../../server/ids';

export const TOKEN_TYPE_PASSWORD_RECOVERY = 'password_recovery';
export const TOKEN_TYPE_VERIFY_EMAIL = 'verify_email';
export const TOKEN_TYPE_TEAM_INVITATION = 'team_invitation';
export const TOKEN_TYPE_GUEST_INVITATION = 'guest_invitation';

/** Mattermost's TokenSize. */
export const TOKEN_SIZE = 64;
/** Password recovery and email verification links last 24 hours. */
export const PASSWORD_RECOVER_EXPIRY_MS = 24 * 60 * 60 * 1000;
/** Invitation links last 48 hours. */
export const INVITATION_EXPIRY_MS = 48 * 60 * 60 * 1000;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Mattermost's NewRandomString: lower-case letters and digits. */
export function randomTokenString(length = TOKEN_SIZE): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[bytes[i] % ALPHABET.length];
  return out;
}

export async function createToken(db: DbOrTx, type: string, extra: Record<string, unknown>): Promise<TokenRow> {
  const row: TokenRow = { token: randomTokenString(), createAt: nowMillis(), type, extra: JSON.stringify(extra) };
  await insertToken(db, row);
  return row;
}

export async function findToken(db: DbOrTx, token: string): Promise<TokenRow | undefined> {
  return getToken(db, token);
}

/** Deletes the token; false when it was already used (or never existed). */
export async function consumeToken(db: DbOrTx, token: string): Promise<boolean> {
  return deleteToken(db, token);
}

export function tokenExtra<T extends Record<string, unknown>>(row: TokenRow): Partial<T> {
  try {
    const parsed = JSON.parse(row.extra) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Partial<T>) : {};
  } catch {
    return {};
  }
}

/** Removes the user's earlier tokens of a type (a new recovery link replaces the old ones). */
export async function deleteUserTokensOfType(db: DbOrTx, type: string, userId: string): Promise<void> {
  for (const row of await getTokensByType(db, type)) {
    if (tokenExtra<{ UserId: string }>(row).UserId === userId) await deleteToken(db, row.token);
  }
}
