import { AppError } from '../../server/http/appError';

/** Mattermost answers the client config and licence only in the `format=old` shape. */
export function requireOldFormat(format: unknown, what: 'config' | 'license'): void {
  if (format === 'old') return;
  throw new AppError(`api.${what}.client.old_format.app_error`, `New format for the client ${what} is not supported yet. Please specify format=old in the query string.`, 501);
}
