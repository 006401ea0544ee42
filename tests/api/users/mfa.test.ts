import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { getUserById } from '../../../db/queries/users';
import { totpCode } from './totp';

describe('multi-factor authentication', () => {
  let t: TestServer;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEMULTIFACTORAUTHENTICATION: 'true', MM_SERVICESETTINGS_SITEURL: 'https://www.chat.example.com' } });
    adminToken = (await bootstrapAdmin(t)).token;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('generates a secret, activates with a code, then requires the code at login', async () => {
    const user = await createUser(t, uniqueUser('mfa'), adminToken);
    const token = await login(t, user.username, user.password);
    const gen = await t.request('POST', '/api/v4/users/me/mfa/generate', { token });
    expect(gen.status).toBe(200);
    expect(gen.headers.get('cache-control')).toBe('no-cache');
    expect(gen.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Buffer.from(gen.body.qr_code, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const secret = gen.body.secret as string;

    expectAppError(await t.request('PUT', '/api/v4/users/me/mfa', { token, body: { activate: true } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/mfa', { token, body: { activate: true, code: '000000' === totpCode(secret) ? '111111' : '000000' } }), 401, 'mfa.activate.bad_token.app_error');
    expect((await t.request('PUT', '/api/v4/users/me/mfa', { token, body: { activate: true, code: totpCode(secret) } })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/users/me', { token })).body.mfa_active).toBe(true);
    expect((await t.request('POST', '/api/v4/users/mfa', { body: { login_id: user.username } })).body).toEqual({ mfa_required: true });

    // without a code: the web app's cue to ask for one; no attempt counted
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password } }), 401, 'mfa.validate_token.authenticate.app_error');
    expect((await getUserById(t.running.context.db, user.id))!.failedAttempts).toBe(0);
    const wrong = totpCode(secret) === '123456' ? '654321' : '123456';
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password, token: wrong } }), 401, 'api.user.check_user_mfa.bad_code.app_error');
    expect((await getUserById(t.running.context.db, user.id))!.failedAttempts).toBe(1);
    // a right code with a wrong password is still a wrong password
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'nope-nope', token: totpCode(secret) } }), 401, 'api.user.login.invalid_credentials_email_username');
    const ok = await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password, token: totpCode(secret) } });
    expect(ok.status).toBe(200);
    expect((await getUserById(t.running.context.db, user.id))!.failedAttempts).toBe(0);

    expect((await t.request('PUT', '/api/v4/users/me/mfa', { token, body: { activate: false } })).status).toBe(200);
    const off = await getUserById(t.running.context.db, user.id);
    expect(off).toMatchObject({ mfaActive: false, mfaSecret: '' });
    await login(t, user.username, user.password);
  });

  it("refuses to touch another user's MFA without rights", async () => {
    const a = await createUser(t, uniqueUser('ma'), adminToken);
    const b = await createUser(t, uniqueUser('mb'), adminToken);
    const tokenA = await login(t, a.username, a.password);
    expectAppError(await t.request('POST', `/api/v4/users/${b.id}/mfa/generate`, { token: tokenA }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${b.id}/mfa`, { token: tokenA, body: { activate: false } }), 403, 'api.context.permissions.app_error');
    expect((await t.request('PUT', `/api/v4/users/${b.id}/mfa`, { token: adminToken, body: { activate: false } })).status).toBe(200);
  });
});

describe('multi-factor authentication switched off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('answers mfa.mfa_disabled.app_error', async () => {
    const { token } = await bootstrapAdmin(t);
    expectAppError(await t.request('POST', '/api/v4/users/me/mfa/generate', { token }), 501, 'mfa.mfa_disabled.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/mfa', { token, body: { activate: true, code: '123456' } }), 501, 'mfa.mfa_disabled.app_error');
    expectNoViolations(t);
  });
});
