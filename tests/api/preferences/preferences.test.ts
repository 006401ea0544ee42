import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';

describe('preferences', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const me = () => w.users.member.id;
  const pref = (category: string, name: string, value: string, userId = me()) => ({ user_id: userId, category, name, value });

  it('saves a batch, reads all, by category and by name, overwrites and deletes', async () => {
    const token = w.tokens.member;
    const saved = await t.request('PUT', '/api/v4/users/me/preferences', {
      token,
      body: [pref('display_settings', 'use_military_time', 'true'), pref('display_settings', 'name_format', 'full_name'), pref('flagged_post', 'a'.repeat(26), 'true')],
    });
    expect(saved.body).toEqual({ status: 'OK' });
    const all = await t.request('GET', '/api/v4/users/me/preferences', { token });
    expect(all.body).toEqual(
      expect.arrayContaining([pref('display_settings', 'use_military_time', 'true'), pref('flagged_post', 'a'.repeat(26), 'true')]),
    );
    const cat = await t.request('GET', `/api/v4/users/${me()}/preferences/display_settings`, { token });
    expect(cat.body.map((p: { name: string }) => p.name)).toEqual(['name_format', 'use_military_time']);
    const one = await t.request('GET', '/api/v4/users/me/preferences/display_settings/name/use_military_time', { token });
    expect(one.body).toEqual(pref('display_settings', 'use_military_time', 'true'));

    await t.request('PUT', '/api/v4/users/me/preferences', { token, body: [pref('display_settings', 'use_military_time', 'false')] });
    expect((await t.request('GET', '/api/v4/users/me/preferences/display_settings/name/use_military_time', { token })).body.value).toBe('false');

    expect((await t.request('POST', '/api/v4/users/me/preferences/delete', { token, body: [pref('display_settings', 'use_military_time', '')] })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me/preferences/display_settings/name/use_military_time', { token }), 400, 'app.preference.get.app_error');
    expectAppError(await t.request('GET', '/api/v4/users/me/preferences/no_such_category', { token }), 404, 'api.preference.preferences_category.get.app_error');
  });

  it('validates with Mattermost ids and writes nothing from a bad batch', async () => {
    const token = w.tokens.member;
    const cases: Array<[unknown, number, string]> = [
      [pref('', 'x', 'v'), 400, 'model.preference.is_valid.category.app_error'],
      [pref('c'.repeat(33), 'x', 'v'), 400, 'model.preference.is_valid.category.app_error'],
      [pref('cat', 'n'.repeat(33), 'v'), 400, 'model.preference.is_valid.name.app_error'],
      [pref('theme', w.team.id, 'not json'), 400, 'model.preference.is_valid.theme.app_error'],
      [pref('sidebar_settings', 'limit_visible_dms_gms', '41'), 400, 'model.preference.is_valid.limit_visible_dms_gms.app_error'],
      [pref('cat', 'x', 'v'.repeat(20001)), 400, 'model.preference.is_valid.value.app_error'],
      [pref('cat', 'x', 'v', w.users.admin.id), 403, 'api.preference.update_preferences.set.app_error'],
    ];
    for (const [bad, status, id] of cases) {
      const res = await t.request('PUT', '/api/v4/users/me/preferences', { token, body: [pref('batch', 'first', 'kept?'), bad] });
      expectAppError(res, status, id);
    }
    expectAppError(await t.request('GET', '/api/v4/users/me/preferences/batch', { token }), 404, 'api.preference.preferences_category.get.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/me/preferences/delete', { token, body: [pref('cat', 'x', '', w.users.admin.id)] }), 403, 'api.preference.delete_preferences.delete.app_error');
    expect((await t.request('PUT', '/api/v4/users/me/preferences', { token, body: [] })).status).toBe(400);
  });

  it('cleans theme colours as Mattermost does', async () => {
    const token = w.tokens.member;
    await t.request('PUT', '/api/v4/users/me/preferences', { token, body: [pref('theme', '', JSON.stringify({ type: 'Custom', sidebarBg: '#123456', linkColor: 'red' }))] });
    const theme = await t.request('GET', '/api/v4/users/me/preferences/theme', { token });
    expect(JSON.parse(theme.body[0].value)).toEqual({ type: 'Custom', sidebarBg: '#123456', linkColor: '#ffffff' });
  });

  type Expect = Record<Persona, number>;
  const matrix: Array<[string, (w: World) => { method: string; path: string; body?: unknown }, Expect]> = [
    ['GetPreferences (self)', () => ({ method: 'GET', path: '/api/v4/users/me/preferences' }), { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }],
    ['GetPreferences (member)', (w) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/preferences` }), { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 }],
    [
      'GetPreferencesByCategory (member)',
      (w) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/preferences/flagged_post` }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'GetPreferencesByCategoryByName (member)',
      (w) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/preferences/flagged_post/name/${'a'.repeat(26)}` }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'UpdatePreferences (member)',
      (w) => ({ method: 'PUT', path: `/api/v4/users/${w.users.member.id}/preferences`, body: [{ user_id: w.users.member.id, category: 'm', name: 'n', value: 'v' }] }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'DeletePreferences (member)',
      (w) => ({ method: 'POST', path: `/api/v4/users/${w.users.member.id}/preferences/delete`, body: [{ user_id: w.users.member.id, category: 'm', name: 'zz', value: '' }] }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'GetPreferences (system admin)',
      (w) => ({ method: 'GET', path: `/api/v4/users/${w.users.admin.id}/preferences` }),
      { anonymous: 401, outsider: 403, guest: 403, member: 403, teamAdmin: 403, admin: 200 },
    ],
  ];
  for (const [name, build, expected] of matrix) {
    it(`authorization: ${name}`, async () => {
      const actual = {} as Expect;
      for (const persona of PERSONAS) {
        const req = build(w);
        actual[persona] = (await t.request(req.method, req.path, { token: w.tokens[persona], body: req.body })).status;
      }
      expect(actual).toEqual(expected);
    });
  }
});
