/**
 * RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits) over an RFC 4648 base32 secret, as
 * authenticator apps and Mattermost's MFA use it. A code is accepted one step early or late.
 */
import { createHmac, randomBytes } from 'node:crypto';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(buffer << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').replace(/\s+/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) throw new Error('invalid base32 character');
    buffer = (buffer << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A secret as Mattermost makes one: 20 random characters, base32-encoded (32 characters). */
export function generateSecret(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(20);
  const chars = Buffer.from([...bytes].map((b) => alphabet.charCodeAt(b % alphabet.length)));
  return base32Encode(chars);
}

export const TOTP_STEP_SECONDS = 30;

/** The code for a 30-second step counter. */
export function hotp(secret: string, counter: number): string {
  const key = base32Decode(secret);
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(value % 1_000_000).padStart(6, '0');
}

export function totp(secret: string, atMillis = Date.now()): string {
  return hotp(secret, Math.floor(atMillis / 1000 / TOTP_STEP_SECONDS));
}

export class MalformedCodeError extends Error {}

/** Whether the code is valid now (±1 step); malformed codes throw MalformedCodeError. */
export function verifyTotp(secret: string, code: string, atMillis = Date.now()): boolean {
  const trimmed = code.trim();
  if (!/^\d{6}$/.test(trimmed)) throw new MalformedCodeError('a code has six digits');
  if (!secret) return false;
  const step = Math.floor(atMillis / 1000 / TOTP_STEP_SECONDS);
  for (const delta of [-1, 0, 1]) if (hotp(secret, step + delta) === trimmed) return true;
  return false;
}
