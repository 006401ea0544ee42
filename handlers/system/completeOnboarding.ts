import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';
import { FIRST_ADMIN_SETUP_COMPLETE, setSystemValue } from '../../app/system/systemValues';
import { STATUS_OK } from './ok';

/**
 * POST /system/onboarding/complete: {organization, install_plugins}. Without a plugin environment
 * there is nothing to install, so the first-admin setup is marked complete.
 */
export const completeOnboarding: Handler<'CompleteOnboarding'> = async (ctx) => {
  if (!hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM)) {
    throw new AppError('app.system.complete_onboarding_request.no_first_user', 'Onboarding can only be completed by a System Administrator.', 403);
  }
  const body = ctx.body as unknown;
  const bad = () => new AppError('app.system.complete_onboarding_request.app_error', 'Unable to complete onboarding request', 400);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad();
  const { organization, install_plugins: plugins } = body as Record<string, unknown>;
  if (organization !== undefined && organization !== null && typeof organization !== 'string') throw bad();
  if (plugins !== undefined && plugins !== null && (!Array.isArray(plugins) || plugins.some((p) => typeof p !== 'string'))) throw bad();
  await setSystemValue(ctx.server.db, FIRST_ADMIN_SETUP_COMPLETE, 'true');
  return ctx.json(200, STATUS_OK as never);
};
