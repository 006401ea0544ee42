import type { Handler } from '../../server/http/handler';
import { AppError } from '../../server/http/appError';
import { getOAuthApp } from '../../db/queries/oauth';
import { allowAppAccess, isAuthorized, redirectMismatch, validateAuthorizeRequest, type AuthorizeRequest } from '../../app/oauth/flow';
import { consentPage } from '../../app/oauth/consentPage';
import { requestSiteUrl } from '../../app/users/params';

/**
 * GET /oauth/authorize: where an app sends the user. Signed out: to the login page, coming back
 * here after. A trusted or already authorized app: straight back to the app with a code.
 * Otherwise the consent page, which posts the user's decision to POST /oauth/authorize.
 */
export const authorizeOAuthPage: Handler<'AuthorizeOAuthPage'> = async (ctx) => {
  const { server } = ctx;
  if (!server.config.get().ServiceSettings.EnableOAuthServiceProvider) {
    throw new AppError('api.oauth.authorize_oauth.disabled.app_error', 'The system admin has turned off OAuth2 Service Provider.', 501);
  }
  const url = new URL(ctx.hono.req.url);
  const q = url.searchParams;
  const req: AuthorizeRequest = {
    response_type: q.get('response_type') ?? '',
    client_id: q.get('client_id') ?? '',
    redirect_uri: q.get('redirect_uri') ?? '',
    scope: q.get('scope') ?? '',
    state: q.get('state') ?? '',
    code_challenge: q.get('code_challenge') ?? '',
    code_challenge_method: q.get('code_challenge_method') ?? '',
  };
  validateAuthorizeRequest(req);
  const app = await getOAuthApp(server.db, req.client_id!);
  if (!app) throw new AppError('app.oauth.get_app.find.app_error', 'Unable to find the requested app.', 404);
  if (!ctx.session) {
    const site = requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') });
    return new Response(null, { status: 302, headers: { Location: `${site}/login?redirect_to=${encodeURIComponent(url.pathname + url.search)}` } });
  }
  if (!(app.callbackUrls ?? []).includes(req.redirect_uri!)) throw redirectMismatch();
  if (app.isTrusted || (await isAuthorized(server, ctx.session.user_id, app.id))) {
    const location = await allowAppAccess(server, ctx.session.user_id, req);
    return new Response(null, { status: 302, headers: { Location: location } });
  }
  return new Response(consentPage(app, req), {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache, max-age=31556926', 'X-Frame-Options': 'SAMEORIGIN' },
  });
};
