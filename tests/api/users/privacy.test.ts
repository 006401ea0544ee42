import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';

/** ShowEmailAddress / ShowFullName off: others' emails and names are blanked everywhere, admins see all. */
describe('privacy settings', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_PRIVACYSETTINGS_SHOWEMAILADDRESS: 'false', MM_PRIVACYSETTINGS_SHOWFULLNAME: 'false' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const hidden = (u: { email: string; first_name: string; last_name: string }) => u.email === '' && u.first_name === '' && u.last_name === '';

  it('blanks email and full name of others for members, in every read', async () => {
    const target = w.users.admin;
    const token = w.tokens.member;
    const one = await t.request('GET', `/api/v4/users/${target.id}`, { token });
    expect(hidden(one.body)).toBe(true);
    expect(one.body.username).toBe(target.username);
    const byName = await t.request('GET', `/api/v4/users/username/${target.username}`, { token });
    expect(hidden(byName.body)).toBe(true);
    const list = await t.request('GET', '/api/v4/users?per_page=200', { token });
    expect(list.body.every(hidden)).toBe(true);
    const byIds = await t.request('POST', '/api/v4/users/ids', { token, body: [target.id] });
    expect(hidden(byIds.body[0])).toBe(true);
    const ac = await t.request('GET', `/api/v4/users/autocomplete?name=${target.username}`, { token });
    expect(ac.body.users.every(hidden)).toBe(true);
  });

  it('refuses lookups by email and does not match hidden fields in search', async () => {
    expectAppError(await t.request('GET', `/api/v4/users/email/${w.users.admin.email}`, { token: w.tokens.member }), 403, 'api.user.get_user_by_email.permissions.app_error');
    const { updateUserFields } = await import('../../../db/queries/users');
    await updateUserFields(t.running.context.db, w.users.outsider.id, { email: `zzsecret${Date.now()}@example.com` });
    const byEmail = await t.request('POST', '/api/v4/users/search', { token: w.tokens.member, body: { term: 'zzsecret' } });
    expect(byEmail.body).toEqual([]);
    const adminSearch = await t.request('POST', '/api/v4/users/search', { token: w.tokens.admin, body: { term: 'zzsecret' } });
    expect(adminSearch.body.map((u: { id: string }) => u.id)).toEqual([w.users.outsider.id]);
    const byName = await t.request('POST', '/api/v4/users/search', { token: w.tokens.member, body: { term: 'First' } });
    expect(byName.body).toEqual([]);
  });

  it('shows oneself everything and admins everything about others', async () => {
    const me = await t.request('GET', '/api/v4/users/me', { token: w.tokens.member });
    expect(me.body.email).toBe(w.users.member.email);
    expect(me.body.first_name).toBe('First');
    expect(me.body.notify_props.desktop).toBeDefined();
    const asAdmin = await t.request('GET', `/api/v4/users/${w.users.member.id}`, { token: w.tokens.admin });
    expect(asAdmin.body.email).toBe(w.users.member.email);
    expect(asAdmin.body.first_name).toBe('First');
    expect(asAdmin.body.notify_props).toEqual({});
    const search = await t.request('POST', '/api/v4/users/search', { token: w.tokens.admin, body: { term: w.users.member.email.slice(0, 10) } });
    expect(search.body.map((u: { id: string }) => u.id)).toContain(w.users.member.id);
    const byEmail = await t.request('GET', `/api/v4/users/email/${w.users.member.email}`, { token: w.tokens.admin });
    expect(byEmail.body.email).toBe(w.users.member.email);
  });

  it('never serves secrets', async () => {
    const me = await t.request('GET', '/api/v4/users/me', { token: w.tokens.member });
    for (const key of ['password', 'mfa_secret', 'last_login']) expect(me.body).not.toHaveProperty(key);
    expect(me.body.auth_data).toBe('');
  });
});

/** A guest sees only the users of its channels: no leak through list, search, autocomplete or by name. */
describe('view restrictions of a guest', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('lists only users sharing a channel', async () => {
    const visible = [w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort();
    const list = await t.request('GET', '/api/v4/users?per_page=200', { token: w.tokens.guest });
    expect(list.body.map((u: { id: string }) => u.id).sort()).toEqual(visible);
    const byIds = await t.request('POST', '/api/v4/users/ids', { token: w.tokens.guest, body: [w.users.admin.id, w.users.outsider.id, w.users.member.id] });
    expect(byIds.body.map((u: { id: string }) => u.id)).toEqual([w.users.member.id]);
    const names = await t.request('POST', '/api/v4/users/usernames', { token: w.tokens.guest, body: [w.users.outsider.username] });
    expect(names.body).toEqual([]);
    const search = await t.request('POST', '/api/v4/users/search', { token: w.tokens.guest, body: { term: w.users.outsider.username } });
    expect(search.body).toEqual([]);
    const ac = await t.request('GET', `/api/v4/users/autocomplete?name=${w.users.outsider.username}`, { token: w.tokens.guest });
    expect(ac.body.users).toEqual([]);
    expectAppError(await t.request('GET', `/api/v4/users/${w.users.outsider.id}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/username/${w.users.outsider.username}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    // a missing user looks the same as a hidden one
    expectAppError(await t.request('GET', '/api/v4/users/username/no-such-user', { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/email/${w.users.outsider.email}`, { token: w.tokens.guest }), 403, 'api.context.permissions.app_error');
    expect((await t.request('GET', `/api/v4/users/${w.users.member.id}`, { token: w.tokens.guest })).status).toBe(200);
  });
});
