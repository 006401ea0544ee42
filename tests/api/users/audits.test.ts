import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { createToken, TOKEN_TYPE_PASSWORD_RECOVERY } from '../../../app/tokens/tokens';

interface Audit {
  id: string;
  create_at: number;
  user_id: string;
  action: string;
  extra_info: string;
  ip_address: string;
  session_id: string;
}

/** The Audits table: rows written by user/session actions, read by GetUserAudits and GetAudits. */
describe('audits', () => {
  let t: TestServer;
  let w: World;
  const auditsOf = async (userId: string, token = w.tokens.admin) => {
    const res = await t.request<Audit[]>('GET', `/api/v4/users/${userId}/audits?per_page=200`, { token });
    expect(res.status).toBe(200);
    return res.body;
  };
  const has = (rows: Audit[], action: string, extra: string | RegExp) =>
    rows.some((r) => r.action === action && (typeof extra === 'string' ? r.extra_info === extra : extra.test(r.extra_info)));

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEUSERACCESSTOKENS: 'true' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('records login attempts, successes and failures, and logout', async () => {
    const user = await createUser(t, uniqueUser('aud'), w.tokens.admin);
    const bad = await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'wrong-Passw0rd' } });
    expect(bad.status).toBe(401);
    const token = await login(t, user.username, user.password);
    const rows = await auditsOf(user.id);
    expect(has(rows, '/api/v4/users/login', 'authenticated')).toBe(true);
    const success = rows.find((r) => r.extra_info === 'success')!;
    expect(success.session_id).toMatch(/^[a-z0-9]{26}$/);
    expect(success.ip_address).not.toBe('');
    expect(success.create_at).toBeGreaterThan(0);
    // Attempts and failures by login id carry the id given in the body (none here), as Mattermost's.
    const all = await t.request<Audit[]>('GET', '/api/v4/audits?per_page=200', { token: w.tokens.admin });
    expect(has(all.body, '/api/v4/users/login', `failure - login_id=${user.username}`)).toBe(true);
    expect(has(all.body, '/api/v4/users/login', `attempt - login_id=${user.username}`)).toBe(true);

    expect((await t.request('POST', '/api/v4/users/logout', { token })).status).toBe(200);
    expect(has(await auditsOf(user.id), '/api/v4/users/logout', '')).toBe(true);
  });

  it('records password changes, token create/revoke, session revokes, profile updates and deactivation', async () => {
    const user = await createUser(t, uniqueUser('aud2'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    const me = `/api/v4/users/${user.id}`;
    expect((await t.request('PUT', `${me}/password`, { token, body: { current_password: 'nope-Passw0rd', new_password: 'Passw0rd!y' } })).status).toBe(400);
    expect((await t.request('PUT', `${me}/password`, { token, body: { current_password: user.password, new_password: 'Passw0rd!y' } })).status).toBe(200);
    let rows = await auditsOf(user.id);
    expect(has(rows, `${me}/password`, 'attempted')).toBe(true);
    expect(has(rows, `${me}/password`, 'failed')).toBe(true);
    expect(has(rows, `${me}/password`, 'completed')).toBe(true);

    await t.request('PUT', `${me}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_user_access_token' } });
    const fresh = await login(t, user.username, 'Passw0rd!y');
    const created = await t.request('POST', `${me}/tokens`, { token: fresh, body: { description: 'audit' } });
    expect(created.status).toBe(200);
    expect((await t.request('POST', '/api/v4/users/tokens/revoke', { token: fresh, body: { token_id: created.body.id } })).status).toBe(200);
    rows = await auditsOf(user.id);
    expect(has(rows, `${me}/tokens`, `success - token_id=${created.body.id}`)).toBe(true);
    expect(has(rows, '/api/v4/users/tokens/revoke', `success - token_id=${created.body.id}`)).toBe(true);

    expect((await t.request('PUT', `${me}/patch`, { token: fresh, body: { nickname: 'audited' } })).status).toBe(200);
    expect((await t.request('POST', `${me}/sessions/revoke/all`, { token: w.tokens.admin })).status).toBe(200);
    expect((await t.request('PUT', `${me}/active`, { token: w.tokens.admin, body: { active: false } })).status).toBe(200);
    rows = await auditsOf(user.id);
    expect(has(rows, `${me}/patch`, '')).toBe(true);
    expect(has(rows, `${me}/roles`, `user=${user.id} roles=system_user system_user_access_token`)).toBe(false); // filed under the admin
    const adminRows = await auditsOf(w.users.admin.id);
    expect(has(adminRows, `${me}/roles`, `user=${user.id} roles=system_user system_user_access_token`)).toBe(true);
    expect(has(adminRows, `${me}/sessions/revoke/all`, '')).toBe(true);
    expect(has(adminRows, `${me}/active`, `user_id=${user.id} active=false`)).toBe(true);
  });

  it('records MFA changes and password resets (anonymous, so filed under no user)', async () => {
    const user = await createUser(t, uniqueUser('aud4'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    expect((await t.request('PUT', `/api/v4/users/${user.id}/mfa`, { token, body: { activate: false } })).status).toBe(200);
    const rows = await auditsOf(user.id);
    expect(has(rows, `/api/v4/users/${user.id}/mfa`, 'attempt')).toBe(true);
    expect(has(rows, `/api/v4/users/${user.id}/mfa`, 'success - mfa updated')).toBe(true);

    const reset = (await createToken(t.running.context.db, TOKEN_TYPE_PASSWORD_RECOVERY, { UserId: user.id, Email: user.email })).token;
    expect((await t.request('POST', '/api/v4/users/password/reset', { body: { token: reset, new_password: 'Passw0rd!z' } })).status).toBe(200);
    const bad = 'b'.repeat(64);
    expect((await t.request('POST', '/api/v4/users/password/reset', { body: { token: bad, new_password: 'Passw0rd!z' } })).status).toBe(400);
    const all = (await t.request<Audit[]>('GET', '/api/v4/audits?per_page=200', { token: w.tokens.admin })).body;
    const resets = all.filter((r) => r.action === '/api/v4/users/password/reset');
    expect(resets.map((r) => r.extra_info)).toEqual(
      expect.arrayContaining([`attempt - token=${reset}`, `success - token=${reset}`, `attempt - token=${bad}`, `fail - token=${bad}`]),
    );
    expect(resets.every((r) => r.user_id === '' && r.session_id === '')).toBe(true);
  });

  it('pages newest first; GetAudits covers every user', async () => {
    const user = await createUser(t, uniqueUser('aud3'), w.tokens.admin);
    for (let i = 0; i < 3; i++) await login(t, user.username, user.password);
    const all = await auditsOf(user.id);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].create_at).toBeGreaterThanOrEqual(all[i].create_at);
    const page0 = await t.request<Audit[]>('GET', `/api/v4/users/${user.id}/audits?page=0&per_page=2`, { token: w.tokens.admin });
    const page1 = await t.request<Audit[]>('GET', `/api/v4/users/${user.id}/audits?page=1&per_page=2`, { token: w.tokens.admin });
    expect(page0.body.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
    expect(page1.body.map((r) => r.id)).toEqual(all.slice(2, 4).map((r) => r.id));

    const everyone = await t.request<Audit[]>('GET', '/api/v4/audits?page=0&per_page=200', { token: w.tokens.admin });
    expect(everyone.status).toBe(200);
    expect(new Set(everyone.body.map((r) => r.user_id)).size).toBeGreaterThan(1);
    expect(everyone.body[0].create_at).toBeGreaterThanOrEqual(everyone.body[everyone.body.length - 1].create_at);
  });

  it('authorization: GetUserAudits is oneself or edit_other_users; GetAudits needs read_audits', async () => {
    const expectations: Record<Persona, [number, number]> = {
      anonymous: [401, 401],
      outsider: [403, 403],
      guest: [403, 403],
      member: [200, 403],
      teamAdmin: [403, 403],
      admin: [200, 200],
    };
    for (const p of PERSONAS) {
      const own = await t.request('GET', `/api/v4/users/${w.users.member.id}/audits`, { token: w.tokens[p] });
      const all = await t.request('GET', '/api/v4/audits', { token: w.tokens[p] });
      expect([p, own.status, all.status]).toEqual([p, ...expectations[p]]);
      if (all.status === 403) expectAppError(all, 403, 'api.context.permissions.app_error');
    }
    const self = await t.request('GET', '/api/v4/users/me/audits', { token: w.tokens.outsider });
    expect(self.status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/not-an-id/audits', { token: w.tokens.admin }), 400, 'api.context.invalid_url_param.app_error');
  });
});
