import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { BUILTIN_ROLES } from '../../../server/permissions/builtinRoles';

describe('roles', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const byName = async (name: string, token?: string) => t.request('GET', `/api/v4/roles/name/${name}`, { token });

  it('lists every built-in role for admins only', async () => {
    const all = await t.request('GET', '/api/v4/roles', { token: w.tokens.admin });
    expect(all.status).toBe(200);
    expect(all.body.map((r: { name: string }) => r.name).sort()).toEqual(BUILTIN_ROLES.map((r) => r.name).sort());
    expectAppError(await t.request('GET', '/api/v4/roles', { token: w.tokens.member }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('GET', '/api/v4/roles'), 401, 'api.context.session_expired.app_error');
  });

  it('gets a role by name, by id and by names for any session', async () => {
    const teamUser = await byName('team_user', w.tokens.member);
    expect(teamUser.status).toBe(200);
    expect(teamUser.body).toMatchObject({ name: 'team_user', built_in: true, scheme_managed: true, delete_at: 0 });
    expect(teamUser.body.permissions).toContain('create_public_channel');

    const again = await t.request('GET', `/api/v4/roles/${teamUser.body.id}`, { token: w.tokens.guest });
    expect(again.body).toEqual(teamUser.body);

    const some = await t.request('POST', '/api/v4/roles/names', { token: w.tokens.member, body: ['channel_user', 'no_such_role', 'team_user'] });
    expect(some.status).toBe(200);
    expect(some.body.map((r: { name: string }) => r.name).sort()).toEqual(['channel_user', 'team_user']);
  });

  it('refuses bad names and ids, and answers 404 for unknown ones', async () => {
    expectAppError(await byName('no_such_role', w.tokens.member), 404, 'app.role.get_by_name.app_error');
    expectAppError(await t.request('GET', '/api/v4/roles/abcdefghijklmnopqrstuvwxyz', { token: w.tokens.member }), 404, 'app.role.get.app_error');
    expectAppError(await t.request('GET', '/api/v4/roles/not-an-id', { token: w.tokens.member }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('POST', '/api/v4/roles/names', { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', '/api/v4/roles/names', { token: w.tokens.member, body: ['Bad Name'] }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('lets an admin patch a role, with effect on the very next request', async () => {
    const other = `/api/v4/users/${w.users.outsider.id}`;
    expect((await t.request('GET', other, { token: w.tokens.member })).status).toBe(200);

    const role = (await byName('system_user', w.tokens.admin)).body;
    const without = role.permissions.filter((p: string) => p !== 'view_members');
    const patched = await t.request('PUT', `/api/v4/roles/${role.id}/patch`, { token: w.tokens.admin, body: { permissions: without } });
    expect(patched.status).toBe(200);
    expect(patched.body.permissions).not.toContain('view_members');
    expect(patched.body.update_at).toBeGreaterThanOrEqual(role.update_at);
    expectAppError(await t.request('GET', other, { token: w.tokens.member }), 403, 'api.context.permissions.app_error');

    await t.request('PUT', `/api/v4/roles/${role.id}/patch`, { token: w.tokens.admin, body: { permissions: role.permissions } });
    expect((await t.request('GET', other, { token: w.tokens.member })).status).toBe(200);
  });

  it('refuses patches as an unlicensed Mattermost does', async () => {
    const patch = async (name: string, permissions: string[], token = w.tokens.admin) => {
      const role = (await byName(name, w.tokens.admin)).body;
      return t.request('PUT', `/api/v4/roles/${role.id}/patch`, { token, body: { permissions } });
    };
    expectAppError(await patch('team_user', [], w.tokens.member), 403, 'api.context.permissions.app_error');
    expectAppError(await patch('system_admin', [], w.tokens.teamAdmin), 403, 'api.context.permissions.app_error');
    expectAppError(await patch('system_guest', ['create_post']), 501, 'api.roles.patch_roles.license.error');
    expectAppError(await patch('system_user', ['manage_roles']), 501, 'api.roles.patch_roles.not_allowed_permission.error');
    expectAppError(await patch('channel_user', ['create_post', 'fly_to_the_moon']), 400, 'app.role.save.invalid_role.app_error');
    const untouched = (await byName('channel_user', w.tokens.admin)).body;
    expect(untouched.permissions).toContain('read_channel');
  });
});
