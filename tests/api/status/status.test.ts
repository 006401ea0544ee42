import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { status as statusTable } from '../../../db/schema';
import { newId } from '../../../server/ids';

describe('statuses', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const set = (token: string | undefined, userId: string, status: string, extra: Record<string, unknown> = {}) =>
    t.request('PUT', `/api/v4/users/${userId}/status`, { token, body: { user_id: userId, status, ...extra } });

  it('answers offline for users without a status, and for unknown ids', async () => {
    const res = await t.request('GET', `/api/v4/users/${w.users.outsider.id}/status`, { token: w.tokens.member });
    expect(res.body).toEqual({ user_id: w.users.outsider.id, status: 'offline', manual: false, last_activity_at: 0, dnd_end_time: 0 });
    const unknown = newId();
    const many = await t.request('POST', '/api/v4/users/status/ids', { token: w.tokens.member, body: [w.users.outsider.id, unknown] });
    expect(many.body.map((s: { user_id: string; status: string }) => [s.user_id, s.status])).toEqual([
      [w.users.outsider.id, 'offline'],
      [unknown, 'offline'],
    ]);
    expectAppError(await t.request('POST', '/api/v4/users/status/ids', { token: w.tokens.member, body: ['short'] }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('sets online (not manual), away and offline (manual), and validates', async () => {
    const id = w.users.member.id;
    const online = await set(w.tokens.member, id, 'online');
    expect(online.body).toMatchObject({ user_id: id, status: 'online', manual: false });
    expect(online.body.last_activity_at).toBeGreaterThan(0);
    expect((await set(w.tokens.member, id, 'away')).body).toMatchObject({ status: 'away', manual: true });
    expect((await set(w.tokens.member, id, 'offline')).body).toMatchObject({ status: 'offline', manual: true });
    expectAppError(await set(w.tokens.member, id, 'busy'), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${id}/status`, { token: w.tokens.member, body: { user_id: w.users.admin.id, status: 'online' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await set(w.tokens.member, w.users.outsider.id, 'online'), 403, 'api.context.permissions.app_error');
    expect((await set(w.tokens.admin, w.users.outsider.id, 'away')).body.status).toBe('away');
  });

  it('timed do-not-disturb reverts by itself to the previous status', async () => {
    const id = w.users.teamAdmin.id;
    await set(w.tokens.teamAdmin, id, 'online');
    const end = Math.floor(Date.now() / 1000) + 3600;
    const dnd = await set(w.tokens.teamAdmin, id, 'dnd', { dnd_end_time: end });
    expect(dnd.body).toMatchObject({ status: 'dnd', manual: true, dnd_end_time: Math.floor(end / 60) * 60 });
    // time passes: the end time is now behind us
    await t.running.context.db.update(statusTable).set({ dndEndTime: Math.floor(Date.now() / 1000) - 60 }).where(eq(statusTable.userId, id));
    const after = await t.request('GET', `/api/v4/users/${id}/status`, { token: w.tokens.member });
    expect(after.body).toMatchObject({ status: 'online', manual: false, dnd_end_time: 0 });
    // without an end time it stays
    await set(w.tokens.teamAdmin, id, 'dnd');
    expect((await t.request('GET', `/api/v4/users/${id}/status`, { token: w.tokens.member })).body).toMatchObject({ status: 'dnd', dnd_end_time: 0 });
  });

  it('custom status: set, recent list (newest first, one per text), remove recent, unset', async () => {
    const token = w.tokens.member;
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect((await t.request('PUT', '/api/v4/users/me/status/custom', { token, body: { emoji: 'calendar', text: 'In a meeting', duration: 'one_hour', expires_at: future } })).status).toBe(200);
    let me = await t.request('GET', '/api/v4/users/me', { token });
    const cs = JSON.parse(me.body.props.customStatus);
    expect(cs).toMatchObject({ emoji: 'calendar', text: 'In a meeting', duration: 'one_hour' });
    await t.request('PUT', '/api/v4/users/me/status/custom', { token, body: { emoji: 'palm_tree', text: 'On holiday' } });
    await t.request('PUT', '/api/v4/users/me/status/custom', { token, body: { emoji: 'coffee', text: 'In a meeting' } });
    const recent = await t.request('GET', '/api/v4/users/me/preferences/custom_status/name/recent_custom_statuses', { token });
    const list = JSON.parse(recent.body.value) as Array<{ text: string; emoji: string }>;
    expect(list.map((s) => `${s.emoji}:${s.text}`)).toEqual(['coffee:In a meeting', 'palm_tree:On holiday']);

    const holiday = list[1];
    expect((await t.request('POST', '/api/v4/users/me/status/custom/recent/delete', { token, body: holiday })).status).toBe(200);
    expectAppError(await t.request('POST', '/api/v4/users/me/status/custom/recent/delete', { token, body: holiday }), 400, 'api.custom_status.recent_custom_statuses.delete.app_error');
    expect((await t.request('DELETE', '/api/v4/users/me/status/custom/recent', { token, body: list[0] })).status).toBe(200);

    expect((await t.request('DELETE', '/api/v4/users/me/status/custom', { token })).status).toBe(200);
    me = await t.request('GET', '/api/v4/users/me', { token });
    expect(me.body.props.customStatus).toBe('');
  });

  it('refuses invalid custom statuses and hides expired ones', async () => {
    const token = w.tokens.member;
    const past = new Date(Date.now() - 60_000).toISOString();
    for (const body of [{}, { emoji: '', text: '' }, { emoji: 'x', duration: 'one_hour' }, { emoji: 'x', duration: 'forever', expires_at: new Date(Date.now() + 1e6).toISOString() }, { text: 'x', expires_at: past }]) {
      expectAppError(await t.request('PUT', '/api/v4/users/me/status/custom', { token, body }), 400, 'api.context.invalid_body_param.app_error');
    }
    expectAppError(await t.request('PUT', `/api/v4/users/${w.users.admin.id}/status/custom`, { token, body: { text: 'x' } }), 403, 'api.context.permissions.app_error');
    const soon = new Date(Date.now() + 1500).toISOString();
    await t.request('PUT', '/api/v4/users/me/status/custom', { token, body: { text: 'brb', duration: 'date_and_time', expires_at: soon } });
    expect((await t.request('GET', '/api/v4/users/me', { token })).body.props.customStatus).toContain('brb');
    await new Promise((r) => setTimeout(r, 1700));
    expect((await t.request('GET', '/api/v4/users/me', { token })).body.props.customStatus).toBeUndefined();
  });

  type Expect = Record<Persona, number>;
  const matrix: Array<[string, (w: World) => { method: string; path: string; body?: unknown }, Expect]> = [
    ['GetUserStatus', (w) => ({ method: 'GET', path: `/api/v4/users/${w.users.member.id}/status` }), { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }],
    ['GetUsersStatusesByIds', (w) => ({ method: 'POST', path: '/api/v4/users/status/ids', body: [w.users.member.id] }), { anonymous: 401, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }],
    [
      'UpdateUserStatus (member)',
      (w) => ({ method: 'PUT', path: `/api/v4/users/${w.users.member.id}/status`, body: { user_id: w.users.member.id, status: 'online' } }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'UpdateUserCustomStatus (member)',
      (w) => ({ method: 'PUT', path: `/api/v4/users/${w.users.member.id}/status/custom`, body: { emoji: 'x', text: 'y' } }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'UnsetUserCustomStatus (member)',
      (w) => ({ method: 'DELETE', path: `/api/v4/users/${w.users.member.id}/status/custom` }),
      { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 },
    ],
    [
      'PostUserRecentCustomStatusDelete (member, unknown status)',
      (w) => ({ method: 'POST', path: `/api/v4/users/${w.users.member.id}/status/custom/recent/delete`, body: { emoji: 'q', text: 'none', duration: '', expires_at: '0001-01-01T00:00:00Z' } }),
      { anonymous: 401, outsider: 403, guest: 403, member: 400, teamAdmin: 403, admin: 400 },
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

describe('custom statuses switched off', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_TEAMSETTINGS_ENABLECUSTOMUSERSTATUSES: 'false' } });
  });
  afterAll(() => t.close());

  it('answers api.custom_status.disabled', async () => {
    const { bootstrapAdmin } = await import('../../helpers/fixtures');
    const { token } = await bootstrapAdmin(t);
    expectAppError(await t.request('PUT', '/api/v4/users/me/status/custom', { token, body: { text: 'x' } }), 501, 'api.custom_status.disabled');
    expectAppError(await t.request('DELETE', '/api/v4/users/me/status/custom', { token }), 501, 'api.custom_status.disabled');
    expectNoViolations(t);
  });
});
