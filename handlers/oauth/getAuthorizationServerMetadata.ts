import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { requestSiteUrl } from '../../app/users/params';

/** GET /.well-known/oauth-authorization-server (RFC 8414), from the configured site URL (else the request's). */
export const getAuthorizationServerMetadata: Handler<'GetAuthorizationServerMetadata'> = async (ctx) => {
  const settings = ctx.server.config.get().ServiceSettings;
  if (!settings.EnableOAuthServiceProvider) {
    throw new AppError('api.oauth.authorization_server_metadata.disabled.app_error', 'The OAuth 2.0 service provider is disabled.', 501);
  }
  // Mattermost answers 500 without a Site URL; the address the request came to serves as well.
  const site = requestSiteUrl(ctx.server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') }).replace(/\/+$/, '');
  return ctx.json(200, {
    issuer: site,
    authorization_endpoint: `${site}/oauth/authorize`,
    token_endpoint: `${site}/oauth/access_token`,
    response_types_supported: ['code', 'token'],
    scopes_supported: ['user'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['client_secret_post'],
    code_challenge_methods_supported: ['S256', 'plain'],
  });
};
