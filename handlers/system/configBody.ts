import { Errors } from '../../server/http/appError';

export const MANAGE_SYSTEM = 'manage_system';

/** A configuration body must be a JSON object. */
export function requireObjectBody(body: unknown): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw Errors.invalidBodyParam('config');
  return body as Record<string, unknown>;
}
