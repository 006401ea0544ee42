import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { startReceiver, type Receiver } from '../webhooks/receiver';

/**
 * The whole authorization_code flow over real HTTP: the server listens on 127.0.0.1, a local
 * HTTP server plays the third-party app (its redirect URI), and the app's calls are plain fetches.
 */
describe('OAuth 2.0 provider flow', () => {
  let t: TestServer;
  let w: World;
  let base: string;
  let app3p: Receiver;
  let oauthApp: any;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    base = await t.listen();
    app3p = await startReceiver();
    app3p.answer = { body: 'thanks', contentType: 'text/html' };
    const res = await t.request('POST', '/api/v4/oauth/apps', {
      token: w.tokens.admin,
      body: { name: 'Third Party', description: 'reads your profile', homepage: 'https://thirdparty.example.com', callback_urls: [`${app3p.url}/callback`] },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    oauthApp = res.body;
  });
  afterAll(async () => {
    await app3p.close();
    await t.close();
  });
  afterEach(() => expectNoViolations(t));

  /** The user's browser: carries the user's session, does not follow redirects by itself. */
  const browser = (path: string, init: RequestInit = {}) =>
    fetch(`${base}${path}`, { redirect: 'manual', ...init, headers: { Authorization: `Bearer ${w.tokens.member}`, 'X-Requested-With': 'XMLHttpRequest', ...(init.headers ?? {}) } });

  /** The third-party app's back end exchanging a grant. */
  const tokenRequest = (fields: Record<string, string>) =>
    fetch(`${base}/oauth/access_token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

  const authorizeQuery = (state: string) =>
    `/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: oauthApp.id, redirect_uri: `${app3p.url}/callback`, state }).toString()}`;

  it('authorize → code at the redirect URI → access token → API call as Bearer → refresh rotates', async () => {
    // Signed out, the page sends the user to log in first.
    const anon = await fetch(`${base}${authorizeQuery('s0')}`, { redirect: 'manual' });
    expect(anon.status).toBe(302);
    expect(anon.headers.get('location')).toMatch(/\/login\?redirect_to=%2Foauth%2Fauthorize%3F/);

    // Signed in, first time: the consent page.
    const page = await browser(authorizeQuery('s1'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('Third Party');

    // The user allows; the browser follows the redirect to the app.
    const allow = await browser('/oauth/authorize', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'code', client_id: oauthApp.id, redirect_uri: `${app3p.url}/callback`, state: 's1' }),
    });
    expect(allow.status).toBe(200);
    const { redirect } = (await allow.json()) as { redirect: string };
    app3p.received.length = 0;
    await fetch(redirect);
    const callback = await app3p.waitFor(1);
    const params = new URL(callback.url, app3p.url).searchParams;
    expect(params.get('state')).toBe('s1');
    const code = params.get('code')!;
    expect(code).toMatch(/^[a-z0-9]{52}$/);

    // The app exchanges the code.
    const wrongSecret = await tokenRequest({ grant_type: 'authorization_code', client_id: oauthApp.id, client_secret: 'nope', code, redirect_uri: `${app3p.url}/callback` });
    expect(wrongSecret.status).toBe(403);
    const wrongUri = await tokenRequest({ grant_type: 'authorization_code', client_id: oauthApp.id, client_secret: oauthApp.client_secret, code, redirect_uri: `${app3p.url}/other` });
    expect(((await wrongUri.json()) as any).id).toBe('api.oauth.get_access_token.redirect_uri.app_error');
    const granted = await tokenRequest({ grant_type: 'authorization_code', client_id: oauthApp.id, client_secret: oauthApp.client_secret, code, redirect_uri: `${app3p.url}/callback` });
    expect(granted.status).toBe(200);
    expect(granted.headers.get('cache-control')).toBe('no-store');
    const tokens = (await granted.json()) as any;
    expect(tokens).toMatchObject({ token_type: 'bearer', expires_in: 720 * 3600 });
    expect(tokens.access_token).toMatch(/^[a-z0-9]{26}$/);
    expect(tokens.refresh_token).toMatch(/^[a-z0-9]{26}$/);

    // A code works once.
    const again = await tokenRequest({ grant_type: 'authorization_code', client_id: oauthApp.id, client_secret: oauthApp.client_secret, code, redirect_uri: `${app3p.url}/callback` });
    expect(((await again.json()) as any).id).toBe('api.oauth.get_access_token.expired_code.app_error');

    // The token is a Bearer token of an OAuth session of the user.
    const me = await fetch(`${base}/api/v4/users/me`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).id).toBe(w.users.member.id);
    const posted = await fetch(`${base}/api/v4/posts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel_id: w.publicChannel.id, message: 'posted by an app' }),
    });
    expect(posted.status).toBe(201);
    expect(((await posted.json()) as any).props.from_oauth_app).toBe('true');
    // An OAuth session cannot authorize apps itself.
    const sneaky = await fetch(`${base}/oauth/authorize`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens.access_token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ response_type: 'code', client_id: oauthApp.id, redirect_uri: `${app3p.url}/callback` }),
    });
    expect(sneaky.status).toBe(403);

    // Refresh: new tokens, the old access token stops working.
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', client_id: oauthApp.id, client_secret: oauthApp.client_secret, refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as any;
    expect(next.access_token).not.toBe(tokens.access_token);
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await fetch(`${base}/api/v4/users/me`, { headers: { Authorization: `Bearer ${tokens.access_token}` } })).status).toBe(401);
    expect((await fetch(`${base}/api/v4/users/me`, { headers: { Authorization: `Bearer ${next.access_token}` } })).status).toBe(200);
    const reused = await tokenRequest({ grant_type: 'refresh_token', client_id: oauthApp.id, client_secret: oauthApp.client_secret, refresh_token: tokens.refresh_token });
    expect(reused.status).toBe(404);

    // Already authorized: straight back to the app with a new code.
    const second = await browser(authorizeQuery('s2'));
    expect(second.status).toBe(302);
    const loc = new URL(second.headers.get('location')!);
    expect(`${loc.origin}${loc.pathname}`).toBe(`${app3p.url}/callback`);
    expect(loc.searchParams.get('state')).toBe('s2');

    // The user sees the app as authorized, without its secret; deauthorizing ends the app's session.
    const authorized = await t.request('GET', `/api/v4/users/me/oauth/apps/authorized`, { token: w.tokens.member });
    expect(authorized.body.map((a: any) => a.id)).toEqual([oauthApp.id]);
    expect(authorized.body[0].client_secret).toBe('');
    const deauth = await t.request('POST', '/oauth/deauthorize', { token: w.tokens.member, body: { client_id: oauthApp.id } });
    expect(deauth.body).toEqual({ status: 'OK' });
    expect((await fetch(`${base}/api/v4/users/me`, { headers: { Authorization: `Bearer ${next.access_token}` } })).status).toBe(401);
    expect((await browser(authorizeQuery('s3'))).status).toBe(200);
  });

  it('checks redirect URIs exactly and refuses bad requests', async () => {
    const other = await browser(`/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: oauthApp.id, redirect_uri: `${app3p.url}/callback/`, state: 'x' })}`);
    expect(other.status).toBe(400);
    expect(((await other.json()) as any).id).toBe('api.oauth.allow_oauth.redirect_callback.app_error');
    const res = await t.request('POST', '/oauth/authorize', {
      token: w.tokens.member,
      body: { response_type: 'code', client_id: oauthApp.id, redirect_uri: 'https://evil.example.com/cb' },
    });
    expectAppError(res, 400, 'api.oauth.allow_oauth.redirect_callback.app_error');
    const badGrant = await tokenRequest({ grant_type: 'password', client_id: oauthApp.id });
    expect(((await badGrant.json()) as any).id).toBe('api.oauth.get_access_token.bad_grant.app_error');
    const noCode = await tokenRequest({ grant_type: 'authorization_code', client_id: oauthApp.id });
    expect(((await noCode.json()) as any).id).toBe('api.oauth.get_access_token.missing_code.app_error');
  });

  it('hands the token itself to the redirect URI for the implicit grant', async () => {
    const res = await t.request('POST', '/oauth/authorize', {
      token: w.tokens.teamAdmin,
      body: { response_type: 'token', client_id: oauthApp.id, redirect_uri: `${app3p.url}/callback`, state: 'imp' },
    });
    expect(res.status).toBe(200);
    const fragment = new URLSearchParams(new URL(res.body.redirect).hash.slice(1));
    expect(fragment.get('token_type')).toBe('bearer');
    expect(fragment.get('state')).toBe('imp');
    const me = await t.request('GET', '/api/v4/users/me', { token: fragment.get('access_token')! });
    expect(me.body.id).toBe(w.users.teamAdmin.id);
  });
});
