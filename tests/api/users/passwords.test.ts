import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import bcrypt from 'bcryptjs';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { getUserById, updateUserFields } from '../../../db/queries/users';

describe('passwords and lockout', () => {
  let t: TestServer;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_MAXIMUMLOGINATTEMPTS: '3' } });
    adminToken = (await bootstrapAdmin(t)).token;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const failLogins = async (username: string, n: number) => {
    for (let i = 0; i < n; i++) await t.request('POST', '/api/v4/users/login', { body: { login_id: username, password: 'wrong-password' } });
  };

  it('changes one own password with the current one, keeping the current session only', async () => {
    const user = await createUser(t, uniqueUser('pw'), adminToken);
    const token = await login(t, user.username, user.password);
    const other = await login(t, user.username, user.password);
    expectAppError(await t.request('PUT', '/api/v4/users/me/password', { token, body: { new_password: 'NewPassw0rd!' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/password', { token, body: { current_password: 'nope-nope', new_password: 'NewPassw0rd!' } }), 400, 'api.user.update_password.incorrect.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/password', { token, body: { current_password: user.password, new_password: 'short' } }), 400, 'model.user.is_valid.pwd.app_error');
    expect((await t.request('PUT', '/api/v4/users/me/password', { token, body: { current_password: user.password, new_password: 'NewPassw0rd!' } })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: other }), 401, 'api.context.session_expired.app_error');
    await login(t, user.username, 'NewPassw0rd!');
  });

  it('locks after MaximumLoginAttempts; an admin reset (password or failed attempts) unlocks', async () => {
    const user = await createUser(t, uniqueUser('lock'), adminToken);
    await failLogins(user.username, 3);
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password } }), 401, 'api.user.check_user_login_attempts.too_many.app_error');
    const me = await t.request('GET', `/api/v4/users/${user.id}`, { token: adminToken });
    expect(me.body.failed_attempts).toBe(0); // profiles never show the counter
    expect((await getUserById(t.running.context.db, user.id))!.failedAttempts).toBe(3);

    expect((await t.request('PUT', `/api/v4/users/${user.id}/password`, { token: adminToken, body: { new_password: 'Reset1234!' } })).status).toBe(200);
    expect((await getUserById(t.running.context.db, user.id))!.failedAttempts).toBe(0);
    await login(t, user.username, 'Reset1234!');

    await failLogins(user.username, 3);
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'Reset1234!' } }), 401, 'api.user.check_user_login_attempts.too_many.app_error');
    const memberToken = await login(t, (await createUser(t, uniqueUser('m'), adminToken)).username, 'Passw0rd!x');
    expectAppError(await t.request('POST', `/api/v4/users/${user.id}/reset_failed_attempts`, { token: memberToken }), 403, 'api.context.permissions.app_error');
    expect((await t.request('POST', `/api/v4/users/${user.id}/reset_failed_attempts`, { token: adminToken })).status).toBe(200);
    await login(t, user.username, 'Reset1234!');
  });

  it("refuses another user's password change without user management rights", async () => {
    const a = await createUser(t, uniqueUser('a'), adminToken);
    const b = await createUser(t, uniqueUser('b'), adminToken);
    const tokenA = await login(t, a.username, a.password);
    expectAppError(await t.request('PUT', `/api/v4/users/${b.id}/password`, { token: tokenA, body: { new_password: 'Whatever123!' } }), 403, 'api.user.update_password.context.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${a.id}/password`, { token: tokenA, body: { new_password: '$2a$10$x', already_hashed: 'true' } }), 401, 'api.user.update_password.user_and_hashed.app_error');
  });

  it('logs in with a bcrypt hash imported from Mattermost and upgrades it to argon2id', async () => {
    const user = await createUser(t, uniqueUser('bcrypt'), adminToken);
    const db = t.running.context.db;
    await updateUserFields(db, user.id, { password: bcrypt.hashSync('Imported1!', 10) });
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'wrong-one' } }), 401, 'api.user.login.invalid_credentials_email_username');
    expect((await getUserById(db, user.id))!.password.startsWith('$2')).toBe(true);
    await login(t, user.username, 'Imported1!');
    expect((await getUserById(db, user.id))!.password.startsWith('$argon2id$')).toBe(true);
    await login(t, user.username, 'Imported1!');
  });

  it('answers blank passwords and MFA checks as Mattermost', async () => {
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: 'someone', password: '' } }), 400, 'api.user.login.blank_pwd.app_error');
    const res = await t.request('POST', '/api/v4/users/mfa', { body: { login_id: 'someone' } });
    expect(res.body).toEqual({ mfa_required: false });
  });
});
