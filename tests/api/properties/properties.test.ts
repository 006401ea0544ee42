/**
 * The generic property API (/properties/groups/...): absent (404) while every feature flag
 * that needs it is off, as in Mattermost; with FeatureFlags.IntegratedBoards on, fields and
 * values on the property tables with Mattermost's scopes, permission levels, validation and
 * WebSocket events.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type World } from '../../helpers/world';
import { contractViolations, rawSocket } from '../../helpers/wsClient';

const ID = 'abcdefghijkmnopqrstuvwxyza';
const G = '/api/v4/properties/groups';

describe('feature flags off (default)', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  }, 60_000);
  afterAll(async () => t?.close());
  afterEach(() => expectNoViolations(t));

  const ops: Array<[string, string, unknown?]> = [
    ['GET', `${G}/boards/system/values`],
    ['PATCH', `${G}/boards/system/values`, [{ field_id: ID, value: 'x' }]],
    ['GET', `${G}/boards/user/fields?target_type=system`],
    ['POST', `${G}/boards/user/fields`, { name: 'n', type: 'text', target_type: 'system' }],
    ['PATCH', `${G}/boards/user/fields/${ID}`, { name: 'n' }],
    ['DELETE', `${G}/boards/user/fields/${ID}`],
    ['GET', `${G}/boards/user/values/${ID}`],
    ['PATCH', `${G}/boards/user/values/${ID}`, [{ field_id: ID, value: 'x' }]],
  ];
  for (const [method, path, body] of ops) {
    for (const p of PERSONAS) {
      it(`${method} ${path.slice(G.length)} as ${p}`, async () => {
        const res = await t.request(method, path, { token: w.tokens[p], body });
        if (p === 'anonymous') expectAppError(res, 401, 'api.context.session_expired.app_error');
        else expectAppError(res, 404, 'api.context.404.app_error');
      });
    }
  }
});

describe('with FeatureFlags.IntegratedBoards', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_FEATUREFLAGS_INTEGRATEDBOARDS: 'true' } });
    w = await buildWorld(t);
    url = await t.listen();
  }, 60_000);
  afterAll(async () => t?.close());
  afterEach(() => expectNoViolations(t));

  const req = (method: string, path: string, token: string | undefined, body?: unknown) => t.request(method, `${G}${path}`, { token, body });
  const create = (objectType: string, body: Record<string, unknown>, token = w.tokens.admin) => req('POST', `/boards/${objectType}/fields`, token, body);

  it('resolves groups: unknown 404, session attributes need a licence', async () => {
    expectAppError(await req('GET', '/nogroup/user/fields?target_type=system', w.tokens.member), 404, 'app.property_group.get.app_error');
    expectAppError(await req('GET', '/session_attributes/user/fields?target_type=system', w.tokens.member), 501, 'api.property.session_attributes.license.app_error');
    expectAppError(await req('GET', '/Bad-Name/user/fields?target_type=system', w.tokens.member), 404, 'api.context.404.app_error');
  });

  it('creates a system field as admin, with member permission levels by default, and announces it', async () => {
    const socket = await rawSocket(url, { token: w.tokens.member });
    const res = await create('user', { name: '  Department ', type: 'text', target_type: 'system' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Department', type: 'text', object_type: 'user', target_type: 'system', target_id: '', protected: false, permission_field: 'member', permission_values: 'member', permission_options: 'member', created_by: w.users.admin.id, delete_at: 0 });
    const [frame] = await socket.event('property_field_created');
    expect(JSON.parse(frame.data.property_field).id).toBe(res.body.id);
    expect(frame.data.object_type).toBe('user');
    socket.close();
    expect(contractViolations()).toEqual([]);
  });

  it('checks the scope permission per target type', async () => {
    expectAppError(await create('user', { name: 'x', type: 'text', target_type: 'system' }, w.tokens.member), 403, 'api.context.permissions.app_error');
    const mine = await create('post', { name: 'Status', type: 'select', target_type: 'channel', target_id: w.publicChannel.id, permission_field: 'sysadmin', attrs: { options: [{ name: 'Open' }, { name: 'Done' }] } }, w.tokens.member);
    expect(mine.status).toBe(201);
    expect(mine.body.permission_field).toBe('member');
    expect(mine.body.attrs.options.every((o: any) => /^[a-z0-9]{26}$/.test(o.id))).toBe(true);
    expectAppError(await create('post', { name: 'x', type: 'text', target_type: 'channel', target_id: w.publicChannel.id }, w.tokens.outsider), 403, 'api.context.permissions.app_error');
    expectAppError(await create('channel', { name: 'x', type: 'text', target_type: 'team', target_id: w.team.id }, w.tokens.member), 403, 'api.context.permissions.app_error');
    expect((await create('channel', { name: 'Tier', type: 'text', target_type: 'team', target_id: w.team.id }, w.tokens.teamAdmin)).status).toBe(201);
  });

  it('validates fields with Mattermost ids', async () => {
    expectAppError(await create('user', { name: 'x', type: 'text', target_type: 'planet' }), 400, 'api.property_field.create.invalid_target_type.app_error');
    expectAppError(await create('user', { name: 'x', type: 'text', target_type: 'channel' }), 400, 'api.property_field.create.target_id_required.app_error');
    expectAppError(await create('user', { name: 'x', type: 'text', target_type: 'system', protected: true }), 400, 'api.property_field.create.protected_via_api.app_error');
    expectAppError(await create('user', { name: 'x', type: 'colour', target_type: 'system' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('user', { name: '   ', type: 'text', target_type: 'system' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('user', { name: 'x'.repeat(256), type: 'text', target_type: 'system' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('planets', { name: 'x', type: 'text', target_type: 'system' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('user', { name: 'x', type: 'select', target_type: 'system', attrs: { options: [{ name: 'a' }, { name: 'a' }] } }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('user', { name: 'x', type: 'text', target_type: 'system', permission_field: 'owner' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await create('user', { name: 7, type: 'text', target_type: 'system' }), 400, 'api.context.invalid_body_param.app_error');
    expect((await create('user', { name: 'Dup', type: 'text', target_type: 'system' })).status).toBe(201);
    expectAppError(await create('user', { name: 'Dup', type: 'text', target_type: 'system' }), 400, 'app.property_field.create.app_error');
  });

  it('lists fields by scope, hierarchically and by target, with paging', async () => {
    expectAppError(await req('GET', '/boards/post/fields', w.tokens.member), 400, 'api.property_field.get.scope_required.app_error');
    expectAppError(await req('GET', `/boards/post/fields?channel_id=${w.publicChannel.id}&target_type=system`, w.tokens.member), 400, 'api.property_field.get.scope_conflict.app_error');
    expectAppError(await req('GET', `/boards/post/fields?target_id=${w.publicChannel.id}`, w.tokens.member), 400, 'api.property_field.get.target_type_required.app_error');
    expectAppError(await req('GET', '/boards/post/fields?target_type=channel', w.tokens.member), 400, 'api.property_field.get.target_id_required.app_error');
    expectAppError(await req('GET', '/boards/post/fields?target_type=moon', w.tokens.member), 400, 'api.property_field.get.invalid_target_type.app_error');
    expectAppError(await req('GET', `/boards/post/fields?channel_id=${w.publicChannel.id}`, w.tokens.outsider), 403, 'api.context.permissions.app_error');
    const sys = await create('post', { name: 'Priority', type: 'text', target_type: 'system' });
    const inChannel = await req('GET', `/boards/post/fields?channel_id=${w.publicChannel.id}`, w.tokens.member);
    expect(inChannel.status).toBe(200);
    const names = inChannel.body.map((f: any) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Status', 'Priority']));
    const byTarget = await req('GET', `/boards/post/fields?target_type=channel&target_id=${w.publicChannel.id}`, w.tokens.member);
    expect(byTarget.body.map((f: any) => f.name)).toEqual(['Status']);
    const all = (await req('GET', '/boards/user/fields?target_type=system', w.tokens.member)).body;
    expect(all.length).toBeGreaterThanOrEqual(2);
    const first = await req('GET', '/boards/user/fields?target_type=system&per_page=1', w.tokens.member);
    expect(first.body.map((f: any) => f.id)).toEqual([all[0].id]);
    const next = await req('GET', `/boards/user/fields?target_type=system&per_page=1&cursor_id=${all[0].id}&cursor_create_at=${all[0].create_at}`, w.tokens.member);
    expect(next.body.map((f: any) => f.id)).toEqual([all[1].id]);
    expectAppError(await req('GET', `/boards/user/fields?target_type=system&cursor_id=${all[0].id}`, w.tokens.member), 400, 'api.property_field.get.invalid_opts.app_error');
    expectAppError(await req('GET', '/boards/user/fields?target_type=system&since=abc', w.tokens.member), 400, 'api.context.invalid_body_param.app_error');
    expect(sys.status).toBe(201);
  });

  it('patches fields with the field and options permission levels', async () => {
    const locked = await create('user', { name: 'Locked', type: 'select', target_type: 'system', permission_field: 'sysadmin', permission_options: 'member', attrs: { options: [{ name: 'A' }] } });
    const id = locked.body.id;
    expectAppError(await req('PATCH', `/boards/user/fields/${id}`, w.tokens.member, { name: 'Mine' }), 403, 'api.property_field.update.no_field_permission.app_error');
    const opts = await req('PATCH', `/boards/user/fields/${id}`, w.tokens.member, { attrs: { options: [{ name: 'A' }, { name: 'B' }] } });
    expect(opts.status).toBe(200);
    expect(opts.body.attrs.options.map((o: any) => o.name)).toEqual(['A', 'B']);
    const renamed = await req('PATCH', `/boards/user/fields/${id}`, w.tokens.admin, { name: ' Unlocked ', target_type: 'team' });
    expect(renamed.body).toMatchObject({ name: 'Unlocked', target_type: 'system', updated_by: w.users.admin.id });
    expect(renamed.body.update_at).toBeGreaterThan(locked.body.update_at);
    expectAppError(await req('PATCH', `/boards/post/fields/${id}`, w.tokens.admin, { name: 'x' }), 404, 'api.property_field.object_type_mismatch.app_error');
    expectAppError(await req('PATCH', `/boards/user/fields/${ID}`, w.tokens.admin, { name: 'x' }), 404, 'app.property.not_found.app_error');
    expectAppError(await req('PATCH', `/boards/user/fields/${id}`, w.tokens.admin, { name: '' }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await req('PATCH', `/boards/user/fields/${id}`, w.tokens.admin, { linked_field_id: ID }), 400, 'api.property_field.patch.cannot_link_existing.app_error');
    expectAppError(await req('PATCH', '/boards/user/fields/short', w.tokens.admin, { name: 'x' }), 400, 'api.context.invalid_url_param.app_error');
  });

  it('sets and reads user values; others need edit_other_users; errors first', async () => {
    const field = (await create('user', { name: 'Nickname2', type: 'text', target_type: 'system' })).body;
    const multi = (await create('user', { name: 'Skills', type: 'multiselect', target_type: 'system' })).body;
    const socket = await rawSocket(url, { token: w.tokens.outsider });
    const mine = await req('PATCH', `/boards/user/values/${w.users.member.id}`, w.tokens.member, [{ field_id: field.id, value: '  Bob ' }, { field_id: multi.id, value: [' a ', '', 'b'] }]);
    expect(mine.status).toBe(200);
    expect(mine.body.map((v: any) => v.value)).toEqual(['Bob', ['a', 'b']]);
    const [frame] = await socket.event('property_values_updated');
    expect(frame.data).toMatchObject({ object_type: 'user', target_id: w.users.member.id });
    socket.close();
    const again = await req('PATCH', `/boards/user/values/${w.users.member.id}`, w.tokens.member, [{ field_id: field.id, value: 'Robert' }]);
    expect(again.body[0].id).toBe(mine.body[0].id);
    const read = await req('GET', `/boards/user/values/${w.users.member.id}`, w.tokens.teamAdmin);
    expect(Object.fromEntries(read.body.map((v: any) => [v.field_id, v.value]))).toEqual({ [field.id]: 'Robert', [multi.id]: ['a', 'b'] });
    expectAppError(await req('PATCH', `/boards/user/values/${w.users.teamAdmin.id}`, w.tokens.member, [{ field_id: field.id, value: 'x' }]), 403, 'api.context.permissions.app_error');
    expect((await req('PATCH', `/boards/user/values/${w.users.teamAdmin.id}`, w.tokens.admin, [{ field_id: field.id, value: 'x' }])).status).toBe(200);
    const me = `/boards/user/values/${w.users.member.id}`;
    expectAppError(await req('PATCH', me, w.tokens.member, []), 400, 'api.property_value.patch.empty_body.app_error');
    expectAppError(await req('PATCH', me, w.tokens.member, [{ field_id: 'nope', value: 'x' }]), 400, 'api.property_value.patch.invalid_field_id.app_error');
    expectAppError(await req('PATCH', me, w.tokens.member, [{ field_id: field.id, value: 'a' }, { field_id: field.id, value: 'b' }]), 400, 'api.property_value.patch.duplicate_field_id.app_error');
    expectAppError(await req('PATCH', me, w.tokens.member, Array.from({ length: 51 }, () => ({ field_id: field.id, value: 'x' }))), 400, 'api.property_value.patch.too_many_items.request_error');
    expectAppError(await req('PATCH', me, w.tokens.member, [{ field_id: ID, value: 'x' }]), 404, 'app.property_field.not_found.app_error');
    const postField = (await create('post', { name: 'Size', type: 'text', target_type: 'system' })).body;
    expectAppError(await req('PATCH', me, w.tokens.member, [{ field_id: postField.id, value: 'x' }]), 404, 'api.property_field.object_type_mismatch.app_error');
    expectAppError(await req('GET', `/boards/template/values/${w.users.member.id}`, w.tokens.member), 400, 'api.property_value.template_no_values.app_error');
    expectAppError(await req('GET', `/boards/system/values/${ID}`, w.tokens.member), 400, 'api.property_value.system_use_dedicated_route.app_error');
    expectAppError(await req('GET', `/boards/planet/values/${ID}`, w.tokens.member), 400, 'api.property_value.invalid_object_type.app_error');
  });

  it('keeps channel and post values to those who may manage or post', async () => {
    const field = (await create('channel', { name: 'Owner', type: 'text', target_type: 'system' })).body;
    const path = `/boards/channel/values/${w.privateChannel.id}`;
    expectAppError(await req('GET', path, w.tokens.outsider), 403, 'api.context.permissions.app_error');
    expect((await req('PATCH', path, w.tokens.member, [{ field_id: field.id, value: 'ops' }])).status).toBe(200);
    expectAppError(await req('PATCH', path, w.tokens.guest, [{ field_id: field.id, value: 'x' }]), 403, 'api.context.permissions.app_error');
    expect((await req('GET', path, w.tokens.member)).body.map((v: any) => v.value)).toEqual(['ops']);
    expectAppError(await req('GET', `/boards/post/values/${ID}`, w.tokens.member), 404, 'app.post.get.app_error');
  });

  it('sets system values as admin; everyone reads them', async () => {
    const field = (await create('system', { name: 'Banner', type: 'text', target_type: 'channel', target_id: w.publicChannel.id })).body;
    expect(field).toMatchObject({ object_type: 'system', target_type: 'system', target_id: '' });
    expectAppError(await req('PATCH', '/boards/system/values', w.tokens.member, [{ field_id: field.id, value: 'x' }]), 403, 'api.context.permissions.app_error');
    const set = await req('PATCH', '/boards/system/values', w.tokens.admin, [{ field_id: field.id, value: 'Hello' }]);
    expect(set.body[0]).toMatchObject({ target_type: 'system', target_id: 'system', value: 'Hello' });
    const read = await req('GET', '/boards/system/values', w.tokens.guest);
    expect(read.body.map((v: any) => v.value)).toEqual(['Hello']);
  });

  it('clears values on a type change and deletes a field with its values', async () => {
    const field = (await create('user', { name: 'Temp', type: 'text', target_type: 'system' })).body;
    const vpath = `/boards/user/values/${w.users.admin.id}`;
    await req('PATCH', vpath, w.tokens.admin, [{ field_id: field.id, value: 'x' }]);
    await req('PATCH', `/boards/user/fields/${field.id}`, w.tokens.admin, { type: 'date' });
    expect((await req('GET', vpath, w.tokens.admin)).body.filter((v: any) => v.field_id === field.id)).toEqual([]);
    await req('PATCH', vpath, w.tokens.admin, [{ field_id: field.id, value: '2026-01-01' }]);
    const socket = await rawSocket(url, { token: w.tokens.member });
    const del = await req('DELETE', `/boards/user/fields/${field.id}`, w.tokens.admin);
    expect(del.body).toEqual({ status: 'OK' });
    const [frame] = await socket.event('property_field_deleted');
    expect(frame.data).toEqual({ field_id: field.id, object_type: 'user' });
    socket.close();
    expect((await req('GET', vpath, w.tokens.admin)).body.filter((v: any) => v.field_id === field.id)).toEqual([]);
    expect((await req('GET', '/boards/user/fields?target_type=system', w.tokens.admin)).body.map((f: any) => f.id)).not.toContain(field.id);
    expectAppError(await req('DELETE', `/boards/user/fields/${field.id}`, w.tokens.admin), 404, 'app.property.not_found.app_error');
    const sysadminOnly = (await create('user', { name: 'AdminOnly', type: 'text', target_type: 'system', permission_field: 'sysadmin' })).body;
    expectAppError(await req('DELETE', `/boards/user/fields/${sysadminOnly.id}`, w.tokens.member), 403, 'api.property_field.delete.no_permission.app_error');
    expect(contractViolations()).toEqual([]);
  });
});
