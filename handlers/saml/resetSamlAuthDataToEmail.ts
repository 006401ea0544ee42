import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { refuse, perm, fail } from '../../app/licensing/refuse';
import { LicenceErrors } from '../../app/licensing/errors';

/** Team Edition answer: manage_system, then a JSON object body, then 501 (no SAML interface). */
export const resetSamlAuthDataToEmail: Handler<'ResetSamlAuthDataToEmail'> = async (ctx) => {
  const body = ctx.body as unknown;
  const check = () => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new AppError('model.utils.decode_json.app_error', 'Could not decode.', 400);
    }
    return LicenceErrors.saml();
  };
  return refuse(ctx, perm('manage_system'), fail(check));
};
