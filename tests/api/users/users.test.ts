import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { insertChannel } from '../../../db/queries/channels';
import { addChannelMember } from '../../../app/channels/membership';
import { getUserById } from '../../../db/queries/users';
import { newId } from '../../../server/ids';

const ids = (list: Array<{ id: string }>) => list.map((u) => u.id);

describe('users: reading, listing, searching', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('GET /users lists everyone by username, paged, with active/inactive filters', async () => {
    const all = await t.request('GET', '/api/v4/users?per_page=200', { token: w.tokens.member });
    expect(all.status).toBe(200);
    const names = all.body.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort());
    expect(ids(all.body)).toEqual(expect.arrayContaining(Object.values(w.users).map((u) => u.id)));
    const page = await t.request('GET', '/api/v4/users?page=1&per_page=2', { token: w.tokens.member });
    expect(ids(page.body)).toEqual(ids(all.body).slice(2, 4));

    const gone = await createUser(t, uniqueUser('gone'), w.tokens.admin);
    expect((await t.request('DELETE', `/api/v4/users/${gone.id}`, { token: w.tokens.admin })).status).toBe(200);
    const inactive = await t.request('GET', '/api/v4/users?inactive=true&per_page=200', { token: w.tokens.member });
    expect(ids(inactive.body)).toEqual([gone.id]);
    const active = await t.request('GET', '/api/v4/users?active=true&per_page=200', { token: w.tokens.member });
    expect(ids(active.body)).not.toContain(gone.id);
    expectAppError(await t.request('GET', '/api/v4/users?active=true&inactive=true', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
  });

  it('GET /users filters by team, channel, role and the sorts Mattermost allows', async () => {
    const inTeam = await t.request('GET', `/api/v4/users?in_team=${w.team.id}&per_page=200`, { token: w.tokens.member });
    expect(ids(inTeam.body).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort());
    const notInTeam = await t.request('GET', `/api/v4/users?not_in_team=${w.team.id}&per_page=200`, { token: w.tokens.member });
    expect(ids(notInTeam.body)).toContain(w.users.outsider.id);
    expect(ids(notInTeam.body)).not.toContain(w.users.member.id);
    const inChannel = await t.request('GET', `/api/v4/users?in_channel=${w.privateChannel.id}`, { token: w.tokens.member });
    expect(ids(inChannel.body).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id].sort());
    const notInChannel = await t.request('GET', `/api/v4/users?in_team=${w.team.id}&not_in_channel=${w.privateChannel.id}`, { token: w.tokens.member });
    expect(ids(notInChannel.body)).toEqual([w.users.guest.id]);
    const byAdmin = await t.request('GET', `/api/v4/users?in_channel=${w.privateChannel.id}&sort=admin`, { token: w.tokens.member });
    expect(byAdmin.body[0].id).toBe(w.users.teamAdmin.id);
    const newest = await t.request('GET', `/api/v4/users?in_team=${w.team.id}&sort=create_at`, { token: w.tokens.member });
    expect(newest.body[0].id).toBe(w.users.guest.id);
    const byActivity = await t.request('GET', `/api/v4/users?in_team=${w.team.id}&sort=last_activity_at`, { token: w.tokens.member });
    expect(byActivity.status).toBe(200);
    const byStatus = await t.request('GET', `/api/v4/users?in_channel=${w.publicChannel.id}&sort=status`, { token: w.tokens.member });
    expect(byStatus.status).toBe(200);

    const admins = await t.request('GET', '/api/v4/users?role=system_admin', { token: w.tokens.member });
    expect(ids(admins.body)).toEqual([w.users.admin.id]);
    const guests = await t.request('GET', '/api/v4/users?roles=system_guest', { token: w.tokens.member });
    expect(ids(guests.body)).toEqual([w.users.guest.id]);
    const teamAdmins = await t.request('GET', `/api/v4/users?in_team=${w.team.id}&team_roles=team_admin`, { token: w.tokens.member });
    expect(ids(teamAdmins.body)).toEqual([w.users.teamAdmin.id]);
    const channelUsers = await t.request('GET', `/api/v4/users?in_channel=${w.publicChannel.id}&channel_roles=channel_user`, { token: w.tokens.member });
    expect(ids(channelUsers.body)).toEqual([w.users.member.id]);
    const without = await t.request('GET', '/api/v4/users?without_team=1&per_page=200', { token: w.tokens.admin });
    expect(ids(without.body)).toContain(w.users.admin.id);
    expect(ids(without.body)).not.toContain(w.users.member.id);

    expectAppError(await t.request('GET', '/api/v4/users?sort=create_at', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', '/api/v4/users?sort=bogus', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', `/api/v4/users?not_in_channel=${w.privateChannel.id}`, { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', '/api/v4/users?role=no_such_role', { token: w.tokens.member }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('GET', `/api/v4/users?in_group=${newId()}`, { token: w.tokens.member }), 404, 'app.group.no_rows');
    expectAppError(await t.request('GET', '/api/v4/users?without_team=true', { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
  });

  it('gets users by ids (since), usernames, username and email', async () => {
    const byIds = await t.request('POST', '/api/v4/users/ids', { token: w.tokens.member, body: [w.users.admin.id, w.users.admin.id, w.users.member.id, newId()] });
    expect(ids(byIds.body).sort()).toEqual([w.users.admin.id, w.users.member.id].sort());
    const member = await getUserById(t.running.context.db, w.users.member.id);
    const since = await t.request('POST', `/api/v4/users/ids?since=${member!.updateAt}`, { token: w.tokens.member, body: [w.users.member.id] });
    expect(since.body).toEqual([]);
    expectAppError(await t.request('POST', '/api/v4/users/ids', { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');

    const byNames = await t.request('POST', '/api/v4/users/usernames', { token: w.tokens.member, body: [w.users.admin.username.toUpperCase(), 'nobody-at-all'] });
    expect(ids(byNames.body)).toEqual([w.users.admin.id]);

    const one = await t.request('GET', `/api/v4/users/username/${w.users.admin.username}`, { token: w.tokens.member });
    expect(one.body.id).toBe(w.users.admin.id);
    expect(one.body.notify_props).toEqual({});
    expectAppError(await t.request('GET', '/api/v4/users/username/nobody-here', { token: w.tokens.member }), 404, 'app.user.get_by_username.app_error');
    expectAppError(await t.request('GET', '/api/v4/users/username/Not%20Valid', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');

    const byEmail = await t.request('GET', `/api/v4/users/email/${w.users.admin.email}`, { token: w.tokens.member });
    expect(byEmail.body.id).toBe(w.users.admin.id);
    expectAppError(await t.request('GET', '/api/v4/users/email/nobody@example.com', { token: w.tokens.member }), 404, 'app.user.missing_account.const');
    expectAppError(await t.request('GET', '/api/v4/users/email/not-an-email', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
  });

  it('known users, group channel members and stats', async () => {
    const known = await t.request('GET', '/api/v4/users/known', { token: w.tokens.member });
    expect(known.body.sort()).toEqual([w.users.teamAdmin.id, w.users.guest.id].sort());

    const db = t.running.context.db;
    const now = Date.now();
    const gm = await insertChannel(db, { id: newId(), createAt: now, updateAt: now, type: 'G', name: newId(), displayName: 'gm' });
    for (const u of [w.users.member, w.users.admin, w.users.outsider]) await addChannelMember(db, gm, u);
    const groups = await t.request('POST', '/api/v4/users/group_channels', { token: w.tokens.member, body: [gm.id, w.publicChannel.id] });
    expect(Object.keys(groups.body)).toEqual([gm.id]);
    expect(ids(groups.body[gm.id]).sort()).toEqual([w.users.admin.id, w.users.outsider.id].sort());
    const notMine = await t.request('POST', '/api/v4/users/group_channels', { token: w.tokens.guest, body: [gm.id] });
    expect(notMine.body).toEqual({});

    const stats = await t.request('GET', '/api/v4/users/stats', { token: w.tokens.member });
    expect(stats.body.total_users_count).toBeGreaterThanOrEqual(5);
    const guestStats = await t.request('GET', '/api/v4/users/stats', { token: w.tokens.guest });
    expect(guestStats.body.total_users_count).toBe(3);
    const filtered = await t.request('GET', '/api/v4/users/stats/filtered?roles=system_admin', { token: w.tokens.admin });
    expect(filtered.body.total_users_count).toBe(1);
    const inTeam = await t.request('GET', `/api/v4/users/stats/filtered?in_team=${w.team.id}&team_roles=team_admin`, { token: w.tokens.admin });
    expect(inTeam.body.total_users_count).toBe(1);
    expectAppError(await t.request('GET', '/api/v4/users/stats/filtered', { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', '/api/v4/users/stats/filtered?roles=Bad%20Role', { token: w.tokens.admin }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('searches by username, names, nickname and email prefix, within team/channel scopes', async () => {
    const server = t.running.context;
    const { updateUserFields } = await import('../../../db/queries/users');
    await updateUserFields(server.db, w.users.member.id, { firstName: 'Zelda', lastName: 'Quartz', nickname: 'zq' });
    const search = (body: Record<string, unknown>, token = w.tokens.member) => t.request('POST', '/api/v4/users/search', { token, body });
    expect(ids((await search({ term: 'zelda' })).body)).toEqual([w.users.member.id]);
    expect(ids((await search({ term: 'zelda qua' })).body)).toEqual([w.users.member.id]);
    expect(ids((await search({ term: `@${w.users.member.username.slice(0, 6)}` })).body)).toContain(w.users.member.id);
    expect(ids((await search({ term: w.users.member.email.slice(0, 8) })).body)).toContain(w.users.member.id);
    expect(ids((await search({ term: 'zelda', team_id: w.otherTeam.id }, w.tokens.outsider)).body)).toEqual([]);
    expect(ids((await search({ term: 'zelda', not_in_team_id: w.team.id }, w.tokens.member)).body)).toEqual([]);
    expect(ids((await search({ term: 'zelda', in_channel_id: w.privateChannel.id })).body)).toEqual([w.users.member.id]);
    expect(ids((await search({ term: 'zelda', team_id: w.team.id, not_in_channel_id: w.privateChannel.id })).body)).toEqual([]);
    expectAppError(await search({ term: '' }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await search({ term: 'x', not_in_channel_id: w.privateChannel.id }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await search({ term: 'x', limit: 5000 }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await search({ term: 'x', in_channel_id: w.privateChannel.id }, w.tokens.outsider), 403, 'api.context.permissions.app_error');
    expectAppError(await search({ term: 'x', team_id: w.team.id }, w.tokens.outsider), 403, 'api.context.permissions.app_error');
    // deactivated users only with allow_inactive
    const gone = await createUser(t, uniqueUser('zzgone'), w.tokens.admin);
    await t.request('DELETE', `/api/v4/users/${gone.id}`, { token: w.tokens.admin });
    expect(ids((await search({ term: gone.username })).body)).toEqual([]);
    expect(ids((await search({ term: gone.username, allow_inactive: true })).body)).toEqual([gone.id]);
  });

  it('autocompletes in a channel ({users, out_of_channel}), in a team, and everywhere', async () => {
    const ac = (q: string, token = w.tokens.member) => t.request('GET', `/api/v4/users/autocomplete?${q}`, { token });
    const prefix = w.users.member.username.slice(0, 6);
    const inChannel = await ac(`in_team=${w.team.id}&in_channel=${w.privateChannel.id}&name=`);
    expect(ids(inChannel.body.users).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id].sort());
    expect(ids(inChannel.body.out_of_channel)).toEqual([w.users.guest.id]);
    const inTeam = await ac(`in_team=${w.team.id}&name=${prefix}`);
    expect(ids(inTeam.body.users)).toEqual([w.users.member.id]);
    expect(inTeam.body.out_of_channel).toBeUndefined();
    const everywhere = await ac(`name=${w.users.outsider.username}`);
    expect(ids(everywhere.body.users)).toEqual([w.users.outsider.id]);
    // never on emails
    expect((await ac(`name=${encodeURIComponent(w.users.outsider.email)}`)).body.users).toEqual([]);
    const limited = await ac('name=&limit=2');
    expect(limited.body.users).toHaveLength(2);
    expectAppError(await ac(`in_channel=${w.privateChannel.id}&name=`), 500, 'api.user.autocomplete_users.missing_team_id.app_error');
    expectAppError(await ac(`in_team=${w.team.id}&in_channel=${w.privateChannel.id}&name=`, w.tokens.outsider), 403, 'api.context.permissions.app_error');
  });
});

describe('users: changing profiles, roles and activation', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('patches the fields a user may change and keeps the rest', async () => {
    const res = await t.request('PUT', '/api/v4/users/me/patch', {
      token: w.tokens.member,
      body: { nickname: 'Nick', position: 'Tester', first_name: 'Mem', locale: 'fr', notify_props: { email: 'false', mention_keys: 'Foo,,bar' }, roles: 'system_admin' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ nickname: 'Nick', position: 'Tester', first_name: 'Mem', locale: 'fr', roles: 'system_user' });
    expect(res.body.notify_props).toMatchObject({ email: 'false', mention_keys: 'foo,bar' });
    expect(res.body.update_at).toBeGreaterThan(w.users.member.updateAt);
  });

  it('keeps usernames and emails unique and valid', async () => {
    expectAppError(await t.request('PUT', '/api/v4/users/me/patch', { token: w.tokens.member, body: { username: w.users.admin.username } }), 400, 'app.user.save.username_exists.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/patch', { token: w.tokens.member, body: { username: 'Bad Name' } }), 400, 'model.user.is_valid.username.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${w.users.member.id}/patch`, { token: w.tokens.admin, body: { email: w.users.admin.email } }), 400, 'app.user.save.email_exists.app_error');
    const renamed = await t.request('PUT', '/api/v4/users/me/patch', { token: w.tokens.member, body: { username: `Renamed${Date.now()}` } });
    expect(renamed.body.username).toBe(renamed.body.username.toLowerCase());
  });

  it('needs the password to change one own email; an admin does not', async () => {
    const user = await createUser(t, uniqueUser('mail'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    expectAppError(await t.request('PUT', '/api/v4/users/me/patch', { token, body: { email: 'x1@example.com' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', '/api/v4/users/me/patch', { token, body: { email: 'x1@example.com', password: 'wrong-one' } }), 401, 'api.user.check_user_password.invalid.app_error');
    const ok = await t.request('PUT', '/api/v4/users/me/patch', { token, body: { email: `New${user.email}`, password: user.password } });
    expect(ok.body.email).toBe(`new${user.email}`);
    expect(ok.body.email_verified).toBe(false);
    const byAdmin = await t.request('PUT', `/api/v4/users/${user.id}/patch`, { token: w.tokens.admin, body: { email: `again${user.email}` } });
    expect(byAdmin.body.email).toBe(`again${user.email}`);
  });

  it('PUT /users/{id} replaces the profile; id must match; roles are never taken from it', async () => {
    const user = await createUser(t, uniqueUser('put'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}`, { token, body: { id: w.users.admin.id, email: user.email, username: user.username } }), 400, 'api.context.invalid_body_param.app_error');
    const res = await t.request('PUT', `/api/v4/users/${user.id}`, { token, body: { id: user.id, email: user.email, username: user.username, nickname: 'nn', roles: 'system_admin system_user' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nickname: 'nn', first_name: '', roles: 'system_user' });
  });

  it('only admins change roles, never leaving the server without an admin', async () => {
    const user = await createUser(t, uniqueUser('roles'), w.tokens.admin);
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}/roles`, { token: w.tokens.member, body: { roles: 'system_user' } }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_admin' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_manager' } }), 400, 'api.user.update_user_roles.license.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user made_up_role' } }), 400, 'app.role.check_roles_exist.role_not_found');
    expectAppError(await t.request('PUT', `/api/v4/users/${w.users.admin.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user' } }), 400, 'app.user.update.lastAdmin.app_error');
    const token = await login(t, user.username, user.password);
    expect((await t.request('PUT', `/api/v4/users/${user.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_admin' } })).status).toBe(200);
    // the session in use sees the new role at once
    expect((await t.request('GET', '/api/v4/users/stats/filtered', { token })).status).toBe(200);
  });

  it('deactivation revokes sessions; self-deactivation needs EnableUserDeactivation', async () => {
    const user = await createUser(t, uniqueUser('deact'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    expectAppError(await t.request('PUT', `/api/v4/users/${user.id}/active`, { token, body: { active: false } }), 401, 'api.user.update_active.not_enable.app_error');
    expectAppError(await t.request('PUT', `/api/v4/users/${w.users.member.id}/active`, { token, body: { active: false } }), 403, 'api.user.update_active.permissions.app_error');
    expect((await t.request('PUT', `/api/v4/users/${user.id}/active`, { token: w.tokens.admin, body: { active: false } })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password } }), 401, 'api.user.login.inactive.app_error');
    expect((await t.request('PUT', `/api/v4/users/${user.id}/active`, { token: w.tokens.admin, body: { active: true } })).status).toBe(200);
    await login(t, user.username, user.password);
    expectAppError(await t.request('DELETE', `/api/v4/users/${user.id}?permanent=true`, { token: w.tokens.admin }), 401, 'api.user.delete_user.not_enabled.app_error');
    expectAppError(await t.request('DELETE', `/api/v4/users/${w.users.admin.id}`, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('DELETE', '/api/v4/users', { token: w.tokens.admin }), 405, 'api.context.method_not_allowed.app_error');
  });
});

describe('users: permanent deletion', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEAPIUSERDELETION: 'true', MM_TEAMSETTINGS_ENABLEUSERDEACTIVATION: 'true' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('deletes the user and their rows for good; self-deactivation is allowed when enabled', async () => {
    const user = await createUser(t, uniqueUser('perm'), w.tokens.admin);
    const token = await login(t, user.username, user.password);
    await t.request('PUT', '/api/v4/users/me/preferences', { token, body: [{ user_id: user.id, category: 'display_settings', name: 'use_military_time', value: 'true' }] });
    expect((await t.request('DELETE', `/api/v4/users/${user.id}?permanent=true`, { token: w.tokens.admin })).status).toBe(200);
    expect(await getUserById(t.running.context.db, user.id)).toBeUndefined();
    expectAppError(await t.request('GET', `/api/v4/users/${user.id}`, { token: w.tokens.admin }), 404, 'app.user.missing_account.const');

    const self = await createUser(t, uniqueUser('selfdel'), w.tokens.admin);
    const selfToken = await login(t, self.username, self.password);
    expect((await t.request('PUT', '/api/v4/users/me/active', { token: selfToken, body: { active: false } })).status).toBe(200);
    expect((await getUserById(t.running.context.db, self.id))!.deleteAt).toBeGreaterThan(0);
  });
});
