import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requireSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

/**
 * POST /restart: Mattermost answers OK and re-executes its binary (to start an Enterprise build
 * after an upgrade). This server cannot replace its own process, and there is no upgrade to
 * start, so it says so instead of pretending to restart.
 */
export const restartServer: Handler<'RestartServer'> = async (ctx) => {
  requireSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  throw new AppError('api.system.restart.not_supported.app_error', 'This server cannot restart itself; restart it with its process manager.', 501);
};
