import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';

function cookiesOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of headers.getSetCookie()) {
    const [pair, ...attrs] = line.split(';');
    const [name, value] = pair.split('=');
    out[name.trim()] = `${value}|${attrs.map((a) => a.trim().toLowerCase()).join(';')}`;
  }
  return out;
}

describe('login, sessions, logout', () => {
  let t: TestServer;
  let adminToken: string;
  let user: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    t = await startTestServer();
    adminToken = (await bootstrapAdmin(t)).token;
    user = await createUser(t, uniqueUser('alice'), adminToken);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('logs in by username or email, returns the token header and the sanitized user', async () => {
    for (const loginId of [user.username, user.email.toUpperCase()]) {
      const res = await t.request('POST', '/api/v4/users/login', { body: { login_id: loginId, password: user.password, token: '', deviceId: '' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('Token')).toMatch(/^[a-z0-9]{26}$/);
      expect(res.body.id).toBe(user.id);
      expect(res.body.notify_props.desktop).toBe('mention');
      expect(res.body).not.toHaveProperty('password');
      expect(res.body).not.toHaveProperty('mfa_secret');
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('sets MMAUTHTOKEN, MMUSERID and MMCSRF cookies for XMLHttpRequest logins', async () => {
    const res = await t.request('POST', '/api/v4/users/login', {
      body: { login_id: user.username, password: user.password },
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    const cookies = cookiesOf(res.headers);
    expect(cookies.MMAUTHTOKEN.split('|')[0]).toBe(res.headers.get('Token'));
    expect(cookies.MMAUTHTOKEN).toContain('httponly');
    expect(cookies.MMUSERID.split('|')[0]).toBe(user.id);
    expect(cookies.MMUSERID).not.toContain('httponly');
    expect(cookies.MMCSRF.split('|')[0]).toMatch(/^[a-z0-9]{26}$/);
    expect(cookies.MMAUTHTOKEN).toMatch(/max-age=\d+/);
  });

  it('masks wrong passwords and unknown accounts behind one error', async () => {
    const wrong = await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'nope-nope' } });
    expectAppError(wrong, 401, 'api.user.login.invalid_credentials_email_username');
    const unknown = await t.request('POST', '/api/v4/users/login', { body: { login_id: 'nobody-here', password: 'whatever1' } });
    expectAppError(unknown, 401, 'api.user.login.invalid_credentials_email_username');
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('locks an account after MaximumLoginAttempts failures', async () => {
    const victim = await createUser(t, uniqueUser('locked'), adminToken);
    for (let i = 0; i < 10; i++) {
      await t.request('POST', '/api/v4/users/login', { body: { login_id: victim.username, password: 'wrong-password' } });
    }
    const res = await t.request('POST', '/api/v4/users/login', { body: { login_id: victim.username, password: victim.password } });
    expectAppError(res, 401, 'api.user.check_user_login_attempts.too_many.app_error');
  });

  it('accepts the token as Bearer (any case), cookie and access_token query', async () => {
    const token = await login(t, user.username, user.password);
    const variants: Array<[string, Record<string, string>]> = [
      ['/api/v4/users/me', { Authorization: `Bearer ${token}` }],
      ['/api/v4/users/me', { Authorization: `BEARER ${token}` }],
      ['/api/v4/users/me', { Cookie: `MMAUTHTOKEN=${token}` }],
      [`/api/v4/users/me?access_token=${token}`, {}],
    ];
    for (const [path, headers] of variants) {
      const res = await t.request('GET', path, { headers });
      expect(res.status, path + JSON.stringify(headers)).toBe(200);
      expect(res.body.id).toBe(user.id);
    }
  });

  it('requires X-Requested-With or the CSRF token on cookie-authenticated writes', async () => {
    const res = await t.request('POST', '/api/v4/users/login', {
      body: { login_id: user.username, password: user.password },
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    const token = res.headers.get('Token')!;
    const csrf = cookiesOf(res.headers).MMCSRF.split('|')[0];
    const bare = await t.request('PUT', '/api/v4/config/patch', { body: {}, headers: { Cookie: `MMAUTHTOKEN=${token}` } });
    expectAppError(bare, 401, 'api.context.session_expired.app_error');
    const withCsrf = await t.request('PUT', '/api/v4/config/patch', { body: {}, headers: { Cookie: `MMAUTHTOKEN=${token}`, 'X-CSRF-Token': csrf } });
    expectAppError(withCsrf, 403, 'api.context.permissions.app_error');
    const withXhr = await t.request('PUT', '/api/v4/config/patch', { body: {}, headers: { Cookie: `MMAUTHTOKEN=${token}`, 'X-Requested-With': 'XMLHttpRequest' } });
    expectAppError(withXhr, 403, 'api.context.permissions.app_error');
  });

  it('refuses anonymous and unknown tokens where a session is required', async () => {
    expectAppError(await t.request('GET', '/api/v4/users/me'), 401, 'api.context.session_expired.app_error');
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: 'x'.repeat(26) }), 401, 'api.context.session_expired.app_error');
  });

  it('logout revokes the session and clears the cookies', async () => {
    const token = await login(t, user.username, user.password);
    const out = await t.request('POST', '/api/v4/users/logout', { token });
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ status: 'OK' });
    expect(cookiesOf(out.headers).MMAUTHTOKEN).toMatch(/max-age=0/);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
  });

  it('GET /users/{user_id} sanitizes other users and 404s unknown ids', async () => {
    const token = await login(t, user.username, user.password);
    const admin = await t.request('GET', '/api/v4/users/me', { token: adminToken });
    const other = await t.request('GET', `/api/v4/users/${admin.body.id}`, { token });
    expect(other.status).toBe(200);
    expect(other.body.username).toBe(admin.body.username);
    expect(other.body.notify_props).toEqual({});
    expect(other.body.email).toBe(admin.body.email);
    const missing = await t.request('GET', `/api/v4/users/${'a'.repeat(26)}`, { token });
    expectAppError(missing, 404, 'app.user.missing_account.const');
    expectAppError(await t.request('GET', '/api/v4/users/not-an-id', { token }), 400, 'api.context.invalid_url_param.app_error');
  });
});

describe('session expiry', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_SESSIONCACHEINMINUTES: '0' } });
  });
  afterAll(() => t.close());

  it('refuses a session past its expires_at', async () => {
    const { token } = await bootstrapAdmin(t);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);
    const { sessions } = await import('../../../db/schema');
    const { eq } = await import('drizzle-orm');
    await t.running.context.db.update(sessions).set({ expiresAt: Date.now() - 1000 }).where(eq(sessions.token, token));
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
  });
});
