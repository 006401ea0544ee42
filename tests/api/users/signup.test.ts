import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';

describe('POST /users (sign-up rules)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('makes the first account of a fresh server a system admin, and the next ones need an open server', async () => {
    const res = await t.request('POST', '/api/v4/users', { body: uniqueUser('first') });
    expect(res.status).toBe(201);
    const first = res.body as { id: string; username: string; roles: string };
    expect(first.roles).toBe('system_admin system_user');
    expect(first.id).toMatch(/^[a-z0-9]{26}$/);
    expect(first).not.toHaveProperty('password');
    firstAdminLogin.id = first.username;

    const second = await t.request('POST', '/api/v4/users', { body: uniqueUser() });
    expectAppError(second, 403, 'api.user.create_user.no_open_server');
  });

  it('lets an admin create users while the server is closed', async () => {
    const { token } = await loginFirstAdmin(t);
    const created = await createUser(t, uniqueUser('byadmin'), token);
    expect(created.roles).toBe('system_user');
  });

  it('refuses invalid fields with Mattermost error ids and writes nothing', async () => {
    const { token } = await loginFirstAdmin(t);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...uniqueUser(), username: 'Bad Name!' }, 'model.user.is_valid.username.app_error'],
      [{ ...uniqueUser(), username: 'all' }, 'model.user.is_valid.username.app_error'],
      [{ ...uniqueUser(), email: 'not-an-email' }, 'model.user.is_valid.email.app_error'],
      [{ ...uniqueUser(), password: 'short' }, 'model.user.is_valid.pwd.app_error'],
      [{ ...uniqueUser(), nickname: 'n'.repeat(65) }, 'model.user.is_valid.nickname.app_error'],
    ];
    for (const [body, id] of cases) {
      const res = await t.request('POST', '/api/v4/users', { body, token });
      expectAppError(res, 400, id);
      const probe = await t.request('POST', '/api/v4/users/login', { body: { login_id: body.username, password: body.password } });
      expect(probe.status).toBe(401);
    }
  });

  it('refuses duplicate usernames and emails', async () => {
    const { token } = await loginFirstAdmin(t);
    const user = await createUser(t, uniqueUser('dup'), token);
    const sameName = await t.request('POST', '/api/v4/users', { body: { ...uniqueUser(), username: user.username.toUpperCase() }, token });
    expectAppError(sameName, 400, 'app.user.save.username_exists.app_error');
    const sameEmail = await t.request('POST', '/api/v4/users', { body: { ...uniqueUser(), email: user.email }, token });
    expectAppError(sameEmail, 400, 'app.user.save.email_exists.app_error');
  });

  it('rejects wrong types and malformed JSON with 400', async () => {
    const wrongType = await t.request('POST', '/api/v4/users', { body: { ...uniqueUser(), username: 42 } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.id).toBe('api.context.invalid_body_param.app_error');
    const malformed = await t.request('POST', '/api/v4/users', { rawBody: '{"username": ', headers: { 'Content-Type': 'application/json' } });
    expectAppError(malformed, 400, 'api.context.invalid_body_param.app_error');
  });
});

describe('POST /users with an open server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_TEAMSETTINGS_ENABLEOPENSERVER: 'true' } });
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('lets anyone sign up as a system user after the first account', async () => {
    await bootstrapAdmin(t);
    const user = await createUser(t);
    expect(user.roles).toBe('system_user');
    await login(t, user.email, user.password);
  });
});

async function loginFirstAdmin(t: TestServer) {
  const res = await t.request('POST', '/api/v4/users/login', { body: { login_id: firstAdminLogin.id, password: firstAdminLogin.password } });
  if (res.status === 200) return { token: res.headers.get('Token')! };
  throw new Error('first admin not created yet');
}
const firstAdminLogin = { id: '', password: 'Passw0rd!x' };
