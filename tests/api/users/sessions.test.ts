import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { newId } from '../../../server/ids';
import { getSessionByToken } from '../../../db/queries/sessions';

describe('sessions', () => {
  let t: TestServer;
  let adminToken: string;
  let admin: { username: string; password: string };
  beforeAll(async () => {
    t = await startTestServer();
    const boot = await bootstrapAdmin(t);
    adminToken = boot.token;
    admin = boot.admin;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('lists sessions without their tokens and revokes one', async () => {
    const user = await createUser(t, uniqueUser('sess'), adminToken);
    const a = await login(t, user.username, user.password);
    const b = await login(t, user.username, user.password);
    const list = await t.request('GET', '/api/v4/users/me/sessions', { token: a });
    expect(list.body).toHaveLength(2);
    expect(list.body.every((s: { token: string; user_id: string }) => s.token === '' && s.user_id === user.id)).toBe(true);
    const bId = (await getSessionByToken(t.running.context.db, b))!.id;
    expectAppError(await t.request('POST', '/api/v4/users/me/sessions/revoke', { token: a, body: { session_id: '' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/me/sessions/revoke', { token: a, body: { session_id: newId() } }), 400, 'app.session.get.app_error');
    // a session id must belong to the user of the path
    expectAppError(await t.request('POST', '/api/v4/users/me/sessions/revoke', { token: adminToken, body: { session_id: bId } }), 400, 'api.context.invalid_url_param.app_error');
    expect((await t.request('POST', '/api/v4/users/me/sessions/revoke', { token: a, body: { session_id: bId } })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: b }), 401, 'api.context.session_expired.app_error');
    expect((await t.request('GET', '/api/v4/users/me', { token: a })).status).toBe(200);
  });

  it('revokes all sessions of a user (self, or an admin for them) and of everyone', async () => {
    const user = await createUser(t, uniqueUser('all'), adminToken);
    const a = await login(t, user.username, user.password);
    const b = await login(t, user.username, user.password);
    const other = await createUser(t, uniqueUser('other'), adminToken);
    const otherToken = await login(t, other.username, other.password);
    expectAppError(await t.request('POST', `/api/v4/users/${user.id}/sessions/revoke/all`, { token: otherToken }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/${user.id}/sessions`, { token: otherToken }), 403, 'api.context.permissions.app_error');
    expect((await t.request('POST', `/api/v4/users/${user.id}/sessions/revoke/all`, { token: adminToken })).status).toBe(200);
    for (const token of [a, b]) expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');

    expectAppError(await t.request('POST', '/api/v4/users/sessions/revoke/all', { token: otherToken }), 403, 'api.context.permissions.app_error');
    expect((await t.request('POST', '/api/v4/users/sessions/revoke/all', { token: adminToken })).status).toBe(200);
    for (const token of [otherToken, adminToken]) expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
    adminToken = await login(t, admin.username, admin.password);
  });

  it('attaches a device id: mobile expiry, other sessions on that device end', async () => {
    const user = await createUser(t, uniqueUser('dev'), adminToken);
    const first = await login(t, user.username, user.password);
    const second = await login(t, user.username, user.password);
    expect((await t.request('PUT', '/api/v4/users/sessions/device', { token: first, body: { device_id: 'android_rn:abc' } })).status).toBe(200);
    const res = await t.request('PUT', '/api/v4/users/sessions/device', { token: second, body: { device_id: 'android_rn:abc' } });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join(';')).toContain('MMAUTHTOKEN=');
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: first }), 401, 'api.context.session_expired.app_error');
    const sessions = await t.request('GET', '/api/v4/users/me/sessions', { token: second });
    expect(sessions.body[0].device_id).toBe('android_rn:abc');
    expect(sessions.body[0].expires_at).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expectAppError(await t.request('PUT', '/api/v4/users/sessions/device', { token: second, body: { device_id: '' } }), 400, 'api.context.invalid_body_param.app_error');
  });
});
