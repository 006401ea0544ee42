/** Path parameters of the thread endpoints, checked as Mattermost's Require* helpers do. */
import { Errors } from '../../server/http/appError';
import { isValidId } from '../../server/ids';

export function requireId(raw: string, name: string): string {
  if (!isValidId(raw)) throw Errors.invalidUrlParam(name);
  return raw;
}

/** A `timestamp` path parameter: digits only (Mattermost's route), a valid int64. */
export function requireTimestamp(raw: string): number {
  if (!/^[0-9]+$/.test(raw)) throw Errors.notFound();
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw Errors.invalidUrlParam('timestamp');
  return value;
}

/** Mattermost's per_page: missing, unparsable or negative is 60, above 200 is 200. */
export function perPage(value: number | undefined): number {
  if (value === undefined || !Number.isInteger(value) || value < 0) return 60;
  return Math.min(value, 200);
}
