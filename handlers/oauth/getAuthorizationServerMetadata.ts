import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';

/** GET /.well-known/oauth-authorization-server (RFC 8414), from the configured site URL. */
export const getAuthorizationServerMetadata: Handler<'GetAuthorizationServerMetadata'> = async (ctx) => {
  const settings = ctx.server.config.get().ServiceSettings;
  if (!settings.EnableOAuthServiceProvider) {
    throw new AppError('api.oauth.authorization_server_metadata.disabled.app_error', 'The OAuth 2.0 service provider is disabled.', 501);
  }
  const site = settings.SiteURL.replace(/\/+$/, '');
  if (!site) throw new AppError('api.oauth.authorization_server_metadata.site_url_required.app_error', 'The Site URL must be set for OAuth 2.0 metadata.', 501);
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
