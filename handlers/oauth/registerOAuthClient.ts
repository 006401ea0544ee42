import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/**
 * POST /oauth/apps/register (RFC 7591 dynamic client registration). This server has no
 * EnableDynamicClientRegistration setting, so registration is off, as on a Mattermost server
 * where it is not enabled: 400 with the RFC's error fields (beside the AppError fields).
 */
export const registerOAuthClient: Handler<'RegisterOAuthClient'> = async (ctx) => {
  const enabled = ctx.server.config.get().ServiceSettings.EnableOAuthServiceProvider;
  const description = enabled ? 'Dynamic client registration is disabled' : 'OAuth service provider is disabled';
  const err = new AppError('api.oauth.register_oauth_client.disabled.app_error', description, 400);
  return new Response(
    JSON.stringify({ error: 'unsupported_operation', error_description: description, id: err.id, message: err.message, detailed_error: '', request_id: ctx.requestId, status_code: 400 }),
    { status: 400, headers: { 'Content-Type': 'application/json' } },
  );
};
