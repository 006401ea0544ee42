import type { Handler } from '../../server/http/handler';
import { AppError, Errors } from '../../server/http/appError';

/** Accepting or declining terms that must exist: a Team Edition server has none. */
export const registerTermsOfServiceAction: Handler<'RegisterTermsOfServiceAction'> = (ctx) => {
  const body = (ctx.body ?? {}) as { termsOfServiceId?: unknown; accepted?: unknown };
  if (typeof body.termsOfServiceId !== 'string') throw Errors.invalidBodyParam('termsOfServiceId');
  if (typeof body.accepted !== 'boolean') throw Errors.invalidBodyParam('accepted');
  throw new AppError('app.terms_of_service.get.no_rows.app_error', 'No terms of service found.', 404);
};
