import { AppError } from '../../server/http/appError';

/** Team Edition has no licence manager: trial licences cannot be requested or looked up. */
export const upgradeNeeded = () =>
  new AppError('api.license.upgrade_needed.app_error', 'Feature requires an upgrade to Enterprise Edition.', 403);
