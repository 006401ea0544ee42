import type { Handler } from '../../server/http/handler';
import { accessToken, checkTokenRequest, type TokenRequest } from '../../app/oauth/flow';
import { readBodyText } from '../../server/http/body';

/**
 * POST /oauth/access_token (form): authorization_code and refresh_token grants. Like Go's
 * FormValue, a field may also come from the query string; the body wins.
 */
export const getOAuthAccessToken: Handler<'GetOAuthAccessToken'> = async (ctx) => {
  const text = await readBodyText(ctx.hono, ctx.server.config.get().ServiceSettings.MaximumPayloadSizeBytes);
  const form = new URLSearchParams(new URL(ctx.hono.req.url).search);
  for (const [k, v] of new URLSearchParams(text)) form.set(k, v);
  const field = (name: string) => form.get(name) ?? '';
  const req: TokenRequest = {
    grant_type: field('grant_type'),
    client_id: field('client_id'),
    client_secret: field('client_secret'),
    code: field('code'),
    redirect_uri: field('redirect_uri'),
    refresh_token: field('refresh_token'),
    code_verifier: field('code_verifier'),
  };
  checkTokenRequest(req);
  const body = await accessToken(ctx.server, req);
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
};
