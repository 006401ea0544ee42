import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { contractViolations, waitUntil } from '../../helpers/wsClient';
import { EVERYONE, eventHarness, expectFailsSilently, type EventHarness } from './helpers';

const base = '/api/v4';

/**
 * User events with the privacy settings off, so that what each recipient may see differs:
 * admins see emails and names, the user sees their own settings, everyone else sees neither.
 */
describe('user events', () => {
  let t: TestServer;
  let w: World;
  let h: EventHarness;

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_PRIVACYSETTINGS_SHOWEMAILADDRESS: 'false', MM_PRIVACYSETTINGS_SHOWFULLNAME: 'false' } });
    w = await buildWorld(t);
    h = await eventHarness(t, w, await t.listen({ presence: { offlineGraceMs: 100_000, sweepMs: 100_000 } }));
  });
  afterAll(async () => {
    h.close();
    await t.close();
  });
  afterEach(() => {
    expectNoViolations(t);
    expect(contractViolations()).toEqual([]);
  });

  /** A fresh user with a socket of their own. */
  async function freshUser(prefix: string) {
    const created = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    const token = await login(t, created.username, created.password);
    const sock = await h.connect(created.id, token);
    // Connecting brings them online; wait for that so it does not land inside a later action.
    await sock.event('status_change');
    return { ...created, token };
  }
  const updatesOf = (who: string, userId: string) => h.frames(who, 'user_updated', (f) => f.data.user.id === userId);

  it('new_user goes to everyone; an admin-created verified account is also announced with user_updated', async () => {
    const plain = uniqueUser('plain');
    const events = await h.during(() => t.request('POST', `${base}/users`, { token: w.tokens.admin, body: plain }));
    const created = events.find((e) => e.event === 'new_user')!;
    expect(created.broadcast).toEqual({});
    expect(events.filter((e) => e.event === 'user_updated')).toEqual([]);
    await h.barrier();
    for (const who of EVERYONE) {
      const got = h.frames(who, 'new_user', (f) => f.data.user_id === created.data.user_id);
      expect(got, who).toHaveLength(1);
      expect(got[0].data).toEqual({ user_id: created.data.user_id });
    }

    const verified = await h.during(() => t.request('POST', `${base}/users`, { token: w.tokens.admin, body: { ...uniqueUser('verified'), email_verified: true } }));
    expect(verified.map((e) => e.event).sort()).toEqual(['new_user', 'user_updated', 'user_updated', 'user_updated']);
    const self = verified.find((e) => e.event === 'user_updated' && e.broadcast.user_id === (e.data.user as { id: string }).id)!;
    expect(self.data.user).toMatchObject({ email_verified: true });

    // A sign-up refused by the server announces nothing.
    await expectFailsSilently(h, ['new_user', 'user_updated'], () => t.request('POST', `${base}/users`, { token: w.tokens.admin, body: { ...plain, email: `x${plain.email}` } }), 400, 'app.user.save.username_exists.app_error');
  });

  it('user_updated is sanitised per recipient: admins see the email, the user their settings, others neither', async () => {
    const target = await freshUser('patched');
    const res = await t.request('PUT', `${base}/users/me/patch`, { token: target.token, body: { nickname: 'Nick', first_name: 'Ada' } });
    expect(res.status).toBe(200);
    await h.barrier();
    for (const who of [...EVERYONE, target.id]) expect(updatesOf(who, target.id), who).toHaveLength(1);

    const [forAdmin] = updatesOf('admin', target.id);
    expect(forAdmin.data.user).toMatchObject({ nickname: 'Nick', email: target.email, first_name: 'Ada' });
    expect(forAdmin.data.user.notify_props).toEqual({});
    expect(forAdmin.broadcast.user_id).toBe(w.users.admin.id);
    for (const who of ['teamAdmin', 'member', 'guest', 'outsider']) {
      const [got] = updatesOf(who, target.id);
      expect(got.data.user, who).toMatchObject({ nickname: 'Nick', email: '', first_name: '', last_name: '' });
      expect(got.data.user.notify_props, who).toEqual({});
      expect(got.broadcast.omit_users).toMatchObject({ [target.id]: true, [w.users.admin.id]: true });
    }
    const [own] = updatesOf(target.id, target.id);
    expect(own.data.user).toMatchObject({ nickname: 'Nick', email: target.email, first_name: 'Ada' });
    expect(Object.keys(own.data.user.notify_props).length).toBeGreaterThan(0);
    expect(own.data.user).not.toHaveProperty('password');
    expect(own.data.user.auth_data).toBe('');

    // PUT /users/{id} (an admin editing) announces the same way; refusals announce nothing.
    const put = await t.request('GET', `${base}/users/${target.id}`, { token: w.tokens.admin });
    const events = await h.during(() => t.request('PUT', `${base}/users/${target.id}`, { token: w.tokens.admin, body: { ...put.body, position: 'Chief' } }), ['user_updated']);
    expect(events).toHaveLength(3);
    await expectFailsSilently(h, ['user_updated'], () => t.request('PUT', `${base}/users/me/patch`, { token: target.token, body: { username: w.users.member.username } }), 400, 'app.user.save.username_exists.app_error');
    await expectFailsSilently(h, ['user_updated'], () => t.request('PUT', `${base}/users/${target.id}/patch`, { token: w.tokens.outsider, body: { nickname: 'x' } }), 403, 'api.context.permissions.app_error');
  });

  it('user_role_updated goes to that user alone; refused role changes announce nothing', async () => {
    const target = await freshUser('roles');
    const events = await h.during(() => t.request('PUT', `${base}/users/${target.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_user_access_token' } }));
    expect(events.map((e) => e.event)).toEqual(['user_role_updated']);
    expect(events[0]).toMatchObject({ data: { user_id: target.id, roles: 'system_user system_user_access_token' }, broadcast: { user_id: target.id } });
    await h.barrier();
    expect(h.frames(target.id, 'user_role_updated')).toHaveLength(1);
    for (const who of EVERYONE) expect(h.frames(who, 'user_role_updated', (f) => f.data.user_id === target.id), who).toEqual([]);
    await expectFailsSilently(h, ['user_role_updated'], () => t.request('PUT', `${base}/users/${target.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user no_such_role' } }), 400, 'app.role.check_roles_exist.role_not_found');
    await expectFailsSilently(h, ['user_role_updated'], () => t.request('PUT', `${base}/users/${target.id}/roles`, { token: w.tokens.member, body: { roles: 'system_user' } }), 403);
  });

  it('deactivation: status_change offline, user_updated, then user_activation_status_change to everyone; DELETE sends no activation event', async () => {
    const target = await freshUser('leaving');
    const sock = h.sockets[target.id];
    await expectFailsSilently(
      h,
      ['user_updated', 'user_activation_status_change', 'status_change'],
      () => t.request('PUT', `${base}/users/${target.id}/active`, { token: w.tokens.member, body: { active: false } }),
      403,
      'api.user.update_active.permissions.app_error',
    );
    const events = await h.during(() => t.request('PUT', `${base}/users/${target.id}/active`, { token: w.tokens.admin, body: { active: false } }), [
      'status_change',
      'user_updated',
      'user_activation_status_change',
    ]);
    expect(events.map((e) => e.event)).toEqual(['status_change', 'user_updated', 'user_updated', 'user_updated', 'user_activation_status_change']);
    expect(events[0]).toMatchObject({ data: { status: 'offline', user_id: target.id }, broadcast: { user_id: target.id } });
    expect((events[1].data.user as { delete_at: number }).delete_at).toBeGreaterThan(0);
    expect(events[4]).toMatchObject({ data: {}, broadcast: {} });
    expect(await sock.closed).toBe(4001);
    await h.barrier();
    for (const who of EVERYONE) {
      expect(h.frames(who, 'user_activation_status_change').length, who).toBeGreaterThan(0);
      expect(updatesOf(who, target.id)[0].data.user.delete_at, who).toBeGreaterThan(0);
    }

    const back = await h.during(() => t.request('PUT', `${base}/users/${target.id}/active`, { token: w.tokens.admin, body: { active: true } }), [
      'status_change',
      'user_updated',
      'user_activation_status_change',
    ]);
    expect(back.map((e) => e.event)).toEqual(['user_updated', 'user_updated', 'user_updated', 'user_activation_status_change']);
    expect((back[0].data.user as { delete_at: number }).delete_at).toBe(0);

    const deleted = await h.during(() => t.request('DELETE', `${base}/users/${target.id}`, { token: w.tokens.admin }), ['status_change', 'user_updated', 'user_activation_status_change']);
    expect(deleted.map((e) => e.event)).toEqual(['status_change', 'user_updated', 'user_updated', 'user_updated']);
  });

  it('custom status: user_updated to all, the recent list as preferences_changed to the user only', async () => {
    const target = await freshUser('busy');
    const cs = { emoji: 'calendar', text: 'In a meeting' };
    const set = await h.during(() => t.request('PUT', `${base}/users/me/status/custom`, { token: target.token, body: cs }), ['user_updated', 'preferences_changed']);
    expect(set.map((e) => e.event)).toEqual(['user_updated', 'user_updated', 'user_updated', 'preferences_changed']);
    const prefs = JSON.parse(set[3].data.preferences as string);
    expect(prefs).toEqual([{ user_id: target.id, category: 'custom_status', name: 'recent_custom_statuses', value: expect.stringContaining('In a meeting') }]);
    expect(set[3].broadcast).toEqual({ user_id: target.id });
    await h.barrier();
    for (const who of EVERYONE) {
      const [got] = updatesOf(who, target.id);
      expect(JSON.parse(got.data.user.props.customStatus), who).toMatchObject(cs);
      expect(h.frames(who, 'preferences_changed', (f) => f.data.preferences.includes(target.id)), who).toEqual([]);
    }
    expect(h.frames(target.id, 'preferences_changed')).toHaveLength(1);

    const unset = await h.during(() => t.request('DELETE', `${base}/users/me/status/custom`, { token: target.token }), ['user_updated', 'preferences_changed']);
    expect(unset.map((e) => e.event)).toEqual(['user_updated', 'user_updated', 'user_updated']);
    expect((unset[2].data.user as { props: Record<string, string> }).props.customStatus).toBe('');
    let res: { status: number; body: unknown } | undefined;
    const removed = await h.during(async () => {
      res = await t.request('POST', `${base}/users/me/status/custom/recent/delete`, { token: target.token, body: { ...cs, duration: '', expires_at: '0001-01-01T00:00:00Z' } });
    }, ['user_updated', 'preferences_changed']);
    expect(res!.status, JSON.stringify(res!.body)).toBe(200);
    expect(removed.map((e) => e.event)).toEqual(['preferences_changed']);
    expect(JSON.parse(JSON.parse(removed[0].data.preferences as string)[0].value)).toEqual([]);
    await expectFailsSilently(h, ['user_updated', 'preferences_changed'], () => t.request('PUT', `${base}/users/me/status/custom`, { token: target.token, body: { emoji: '', text: '' } }), 400);
  });

  it('verifying an email and resetting the profile image announce the user', async () => {
    const target = await freshUser('verify');
    const verified = await h.during(() => t.request('POST', `${base}/users/${target.id}/email/verify/member`, { token: w.tokens.admin }), ['user_updated']);
    expect(verified).toHaveLength(3);
    expect(verified.find((e) => e.broadcast.user_id === target.id)!.data.user).toMatchObject({ email_verified: true });
    await expectFailsSilently(h, ['user_updated'], () => t.request('POST', `${base}/users/${target.id}/email/verify/member`, { token: w.tokens.member }), 403);

    // Mattermost's SetDefaultProfileImage: one event to everyone, sanitised as for anyone.
    const image = await h.during(() => t.request('DELETE', `${base}/users/${target.id}/image`, { token: target.token }), ['user_updated']);
    expect(image).toHaveLength(1);
    expect(image[0].broadcast).toEqual({});
    expect(image[0].data.user).toMatchObject({ id: target.id, email: '' });
    expect((image[0].data.user as { notify_props: object }).notify_props).toEqual({});
    expect((image[0].data.user as { last_picture_update: number }).last_picture_update).toBeLessThan(0);
    await h.barrier();
    for (const who of [...EVERYONE, target.id]) expect(updatesOf(who, target.id).some((f) => f.data.user.last_picture_update < 0), who).toBe(true);
    await expectFailsSilently(h, ['user_updated'], () => t.request('DELETE', `${base}/users/${target.id}/image`, { token: w.tokens.outsider }), 403);
  });

  it('preference and status events reach the user alone', async () => {
    const pref = { user_id: w.users.member.id, category: 'display_settings', name: 'use_military_time', value: 'true' };
    const saved = await h.during(() => t.request('PUT', `${base}/users/me/preferences`, { token: w.tokens.member, body: [pref] }), ['preferences_changed']);
    expect(saved).toHaveLength(1);
    expect(saved[0].broadcast).toEqual({ user_id: w.users.member.id });
    expect(JSON.parse(saved[0].data.preferences as string)).toEqual([pref]);
    const gone = await h.during(() => t.request('POST', `${base}/users/me/preferences/delete`, { token: w.tokens.member, body: [pref] }), ['preferences_deleted']);
    expect(gone).toHaveLength(1);
    expect(JSON.parse(gone[0].data.preferences as string)).toMatchObject([{ category: 'display_settings', name: 'use_military_time' }]);
    await expectFailsSilently(h, ['preferences_changed'], () => t.request('PUT', `${base}/users/me/preferences`, { token: w.tokens.member, body: [{ ...pref, user_id: w.users.guest.id }] }), 403);

    const away = await h.during(() => t.request('PUT', `${base}/users/me/status`, { token: w.tokens.member, body: { user_id: w.users.member.id, status: 'away' } }), ['status_change']);
    expect(away).toEqual([{ event: 'status_change', data: { status: 'away', user_id: w.users.member.id }, broadcast: { user_id: w.users.member.id } }]);
    const online = await h.during(() => t.request('PUT', `${base}/users/me/status`, { token: w.tokens.member, body: { user_id: w.users.member.id, status: 'online' } }), ['status_change']);
    expect(online).toHaveLength(1);
    // Already online: saved, nothing to announce (Mattermost's SetStatusOnline).
    const again = await h.during(() => t.request('PUT', `${base}/users/me/status`, { token: w.tokens.member, body: { user_id: w.users.member.id, status: 'online' } }), ['status_change']);
    expect(again).toEqual([]);
    await expectFailsSilently(h, ['status_change'], () => t.request('PUT', `${base}/users/me/status`, { token: w.tokens.member, body: { user_id: w.users.member.id, status: 'sleeping' } }), 400);
    await h.barrier();
    for (const who of ['admin', 'teamAdmin', 'guest', 'outsider']) {
      expect(h.frames(who, 'preferences_changed').concat(h.frames(who, 'preferences_deleted')), who).toEqual([]);
      expect(h.frames(who, 'status_change', (f) => f.data.user_id === w.users.member.id), who).toEqual([]);
    }
    expect(h.frames('member', 'status_change', (f) => f.data.status === 'away')).toHaveLength(1);
  });

  it('turning automatic replies on and off sets out of office and back online, announced to the user', async () => {
    const target = await freshUser('away');
    const me = (await t.request('GET', `${base}/users/me`, { token: target.token })).body;
    const patch = (active: string) => t.request('PUT', `${base}/users/me/patch`, { token: target.token, body: { notify_props: { ...me.notify_props, auto_responder_active: active } } });
    const on = await h.during(() => patch('true'), ['status_change']);
    expect(on).toEqual([{ event: 'status_change', data: { status: 'ooo', user_id: target.id }, broadcast: { user_id: target.id } }]);
    expect((await t.request('GET', `${base}/users/${target.id}/status`, { token: target.token })).body).toMatchObject({ status: 'ooo', manual: true });
    expect(await h.during(() => patch('true'), ['status_change'])).toEqual([]);
    const off = await h.during(() => patch('false'), ['status_change']);
    expect(off.map((e) => e.data.status)).toEqual(['online']);
  });

  it('typing over REST reaches the channel\'s other members only; refusals publish nothing', async () => {
    const channelId = w.privateChannel.id;
    const res = await t.request('POST', `${base}/users/me/typing`, { token: w.tokens.member, body: { channel_id: channelId, parent_id: '' } });
    expect(res.status).toBe(200);
    await waitUntil(() => h.frames('teamAdmin', 'typing', (f) => f.data.user_id === w.users.member.id)[0], 5000, 'typing');
    // An admin may type for someone else (who must be allowed to post there).
    expect((await t.request('POST', `${base}/users/${w.users.member.id}/typing`, { token: w.tokens.admin, body: { channel_id: channelId, parent_id: 'abc' } })).status).toBe(200);
    await h.barrier();
    const got = h.frames('teamAdmin', 'typing', (f) => f.data.user_id === w.users.member.id);
    expect(got.map((f) => f.data)).toEqual([
      { parent_id: '', user_id: w.users.member.id },
      { parent_id: 'abc', user_id: w.users.member.id },
    ]);
    expect(got[0].broadcast).toMatchObject({ channel_id: channelId, omit_users: { [w.users.member.id]: true } });
    for (const who of ['member', 'guest', 'outsider', 'admin']) expect(h.frames(who, 'typing'), who).toEqual([]);

    await expectFailsSilently(h, ['typing'], () => t.request('POST', `${base}/users/me/typing`, { token: w.tokens.outsider, body: { channel_id: channelId } }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(h, ['typing'], () => t.request('POST', `${base}/users/me/typing`, { token: w.tokens.guest, body: { channel_id: channelId } }), 403, 'api.context.permissions.app_error');
    // The guest may type where they belong.
    expect((await t.request('POST', `${base}/users/me/typing`, { token: w.tokens.guest, body: { channel_id: w.publicChannel.id } })).status).toBe(200);
    await waitUntil(() => h.frames('member', 'typing', (f) => f.data.user_id === w.users.guest.id)[0], 5000, 'guest typing');
    expect(h.frames('outsider', 'typing')).toEqual([]);
    await expectFailsSilently(h, ['typing'], () => t.request('POST', `${base}/users/${w.users.member.id}/typing`, { token: w.tokens.teamAdmin, body: { channel_id: channelId } }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(h, ['typing'], () => t.request('POST', `${base}/users/${w.users.guest.id}/typing`, { token: w.tokens.admin, body: { channel_id: channelId } }), 403, 'api.context.permissions.app_error');
    await expectFailsSilently(h, ['typing'], () => t.request('POST', `${base}/users/me/typing`, { body: { channel_id: channelId } }), 401);
  });

  it('promoting a guest: user_updated, then memberrole_updated and channel_member_updated to the promoted user', async () => {
    const guestId = w.users.guest.id;
    await expectFailsSilently(h, ['user_updated', 'memberrole_updated', 'channel_member_updated'], () => t.request('POST', `${base}/users/${guestId}/promote`, { token: w.tokens.member }), 403);
    const events = await h.during(() => t.request('POST', `${base}/users/${guestId}/promote`, { token: w.tokens.admin }), ['user_updated', 'memberrole_updated', 'channel_member_updated']);
    expect(events.slice(0, 3).map((e) => e.event)).toEqual(['user_updated', 'user_updated', 'user_updated']);
    const member = events.find((e) => e.event === 'memberrole_updated')!;
    expect(member.broadcast).toEqual({ user_id: guestId });
    expect(JSON.parse(member.data.member as string)).toMatchObject({ team_id: w.team.id, user_id: guestId, scheme_guest: false, scheme_user: true });
    const channelIds = events.filter((e) => e.event === 'channel_member_updated').map((e) => JSON.parse(e.data.channelMember as string).channel_id);
    expect(channelIds).toContain(w.publicChannel.id);
    for (const e of events.filter((x) => x.event === 'channel_member_updated')) expect(e.broadcast).toEqual({ user_id: guestId });
    await h.barrier();
    for (const who of ['admin', 'teamAdmin', 'member', 'outsider']) {
      expect(h.frames(who, 'memberrole_updated').concat(h.frames(who, 'channel_member_updated')), who).toEqual([]);
    }
    expect(h.frames('guest', 'memberrole_updated')).toHaveLength(1);
  });

  it('GetServerLimits answers as Team Edition: seat limits and the active user count for system admins only', async () => {
    const asAdmin = await t.request('GET', `${base}/limits/server`, { token: w.tokens.admin });
    expect(asAdmin.status).toBe(200);
    const stats = await t.request('GET', `${base}/users/stats/filtered?include_bots=false`, { token: w.tokens.admin });
    expect(asAdmin.body).toEqual({
      maxUsersLimit: 200,
      maxUsersHardLimit: 250,
      activeUserCount: stats.body.total_users_count,
      singleChannelGuestCount: 0,
      singleChannelGuestLimit: 0,
      postHistoryLimit: 0,
      lastAccessiblePostTime: 0,
    });
    for (const who of ['member', 'teamAdmin', 'outsider'] as const) {
      const res = await t.request('GET', `${base}/limits/server`, { token: w.tokens[who] });
      expect(res.status, who).toBe(200);
      expect(res.body, who).toEqual({ maxUsersLimit: 0, maxUsersHardLimit: 0, activeUserCount: 0, singleChannelGuestCount: 0, singleChannelGuestLimit: 0, postHistoryLimit: 0, lastAccessiblePostTime: 0 });
    }
    expect((await t.request('GET', `${base}/limits/server`)).status).toBe(401);
  });
});
