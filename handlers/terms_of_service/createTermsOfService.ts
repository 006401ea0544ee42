import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

export const createTermsOfService: Handler<'CreateTermsOfService'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  throw new AppError(
    'api.create_terms_of_service.custom_terms_of_service_disabled.app_error',
    'Custom terms of service feature is disabled.',
    400,
  );
};
