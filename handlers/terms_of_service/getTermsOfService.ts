import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** Custom terms of service need a licence to be created, so an unlicensed server never has any. */
export const getTermsOfService: Handler<'GetTermsOfService'> = async () => {
  throw new AppError('app.terms_of_service.get.no_rows.app_error', 'No terms of service found.', 404);
};
