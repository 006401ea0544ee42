import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { hasSystemPermission } from '../../server/permissions/check';
import { MANAGE_SYSTEM } from '../../server/permissions/permissionIds';

const MAX_MESSAGE = 400;

/**
 * POST /logs: a client's log line. Outside developer mode only logged-in users may post, and only
 * system admins' ERROR lines are logged as errors (the rest at debug level).
 */
export const postLog: Handler<'PostLog'> = async (ctx) => {
  const config = ctx.server.config.get();
  let forceDebug = false;
  if (!config.ServiceSettings.EnableDeveloper) {
    if (!ctx.session) throw new AppError('api.context.permissions.app_error', 'You do not have the appropriate permissions.', 403);
    forceDebug = !hasSystemPermission(ctx.server, ctx.session, MANAGE_SYSTEM);
  }
  const body = (ctx.body ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  let message = out.message ?? '';
  if (message.length > MAX_MESSAGE) message = message.slice(0, MAX_MESSAGE - 1);
  message = `Client Logs API Endpoint Message: ${message}`;
  const fields = { type: 'client_message', user_agent: ctx.hono.req.header('user-agent') ?? '' };
  if (!forceDebug && out.level === 'ERROR') ctx.server.log.error(message, fields);
  else ctx.server.log.debug(message, fields);
  out.message = message;
  return ctx.json(200, out as never);
};
