import { randomBytes } from 'node:crypto';

/** Mattermost's id alphabet: base32 without padding, as its NewId produces. */
const ALPHABET = 'ybndrfg8ejkmcpqxot1uwisza345h769';

/** A new 26-character id: 128 random bits in Mattermost's base32 alphabet. */
export function newId(): string {
  const bytes = randomBytes(16);
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

const ID_PATTERN = /^[a-z0-9]{26}$/;

/** Whether a string has the shape of a Mattermost id. */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Current time in integer milliseconds, the unit of every timestamp on the wire. */
export function nowMillis(): number {
  return Date.now();
}
