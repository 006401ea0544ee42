/**
 * Public links (FileSettings.EnablePublicLink): `<site>/files/<id>/public?h=<hash>` where the
 * hash is base64url(sha256(PublicLinkSalt + file id)) without padding, as Mattermost computes it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerContext } from '../../server/context';

export function publicLinkHash(fileId: string, salt: string): string {
  return createHash('sha256').update(salt).update(fileId).digest('base64url');
}

export function hashMatches(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The salt in force. Mattermost fills an empty PublicLinkSalt with a random one when it loads
 * its configuration; here that happens the first time a link is made, and is saved.
 */
export async function publicLinkSalt(server: ServerContext): Promise<string> {
  const current = server.config.get().FileSettings.PublicLinkSalt;
  if (current) return current;
  const stored = server.config.storedConfig();
  if (!stored.FileSettings.PublicLinkSalt) {
    const salt = randomBytes(24).toString('base64url');
    await server.config.save({ ...stored, FileSettings: { ...stored.FileSettings, PublicLinkSalt: salt } });
  }
  return server.config.get().FileSettings.PublicLinkSalt;
}
