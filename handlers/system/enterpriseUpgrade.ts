import { AppError } from '../../server/http/appError';

/**
 * Mattermost's in-place upgrade downloads its Enterprise binary over its own executable; this
 * server is not that binary, so its system is one the upgrader does not support (Mattermost's
 * answer on an unsupported system).
 */
export const cannotUpgrade = () =>
  new AppError('api.upgrade_to_enterprise.system_not_supported.app_error', 'Upgrading to Enterprise Edition is not supported on this system.', 403);
