import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * The caller's acceptance of the custom terms of service (the path's user id is not read, as
 * in Mattermost). Custom terms need a licence, so a Team Edition server has no record.
 */
export const getUserTermsOfService: Handler<'GetUserTermsOfService'> = () => {
  throw new AppError('app.user_terms_of_service.get_by_user.no_rows.app_error', 'No terms of service found.', 404);
};
