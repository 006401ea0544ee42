/**
 * Custom profile attributes on an unlicensed server, as Mattermost Team Edition answers them:
 * the licence hook over the access_control group refuses every create, every read that finds
 * rows and every write to a known field; empty reads answer empty and unknown fields are 404.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { getPropertyGroup, ACCESS_CONTROL_GROUP } from '../../../app/properties/groups';
import { insertPropertyField } from '../../../db/queries/properties';
import { propertyValues } from '../../../db/schema';
import { newId } from '../../../server/ids';

const ID = 'abcdefghijkmnopqrstuvwxyza';
const LICENCE: [number, string] = [403, 'app.property.license_error'];
const PERM: [number, string] = [403, 'api.context.permissions.app_error'];
const UNAUTH: [number, string] = [401, 'api.context.session_expired.app_error'];
const NO_FIELD: [number, string] = [404, 'app.property.not_found.app_error'];
const NO_FIELDS: [number, string] = [404, 'app.property_field.not_found.app_error'];

let t: TestServer;
let w: World;
beforeAll(async () => {
  t = await startTestServer();
  w = await buildWorld(t);
}, 60_000);
afterAll(async () => t?.close());
afterEach(() => expectNoViolations(t));

type Want = [number, string?];
const cases: Array<{ name: string; method: string; path: () => string; body?: unknown; want: (p: Persona) => Want }> = [
  { name: 'ListAllCPAFields', method: 'GET', path: () => '/api/v4/custom_profile_attributes/fields', want: () => [200] },
  { name: 'CreateCPAField', method: 'POST', path: () => '/api/v4/custom_profile_attributes/fields', body: { name: 'Dept', type: 'text' }, want: (p) => (p === 'admin' ? LICENCE : PERM) },
  { name: 'PatchCPAField', method: 'PATCH', path: () => `/api/v4/custom_profile_attributes/fields/${ID}`, body: { name: 'x' }, want: () => NO_FIELD },
  { name: 'DeleteCPAField', method: 'DELETE', path: () => `/api/v4/custom_profile_attributes/fields/${ID}`, want: () => NO_FIELD },
  { name: 'GetCPAGroup', method: 'GET', path: () => '/api/v4/custom_profile_attributes/group', want: () => LICENCE },
  { name: 'PatchCPAValues', method: 'PATCH', path: () => '/api/v4/custom_profile_attributes/values', body: { [ID]: 'x' }, want: () => NO_FIELDS },
  { name: 'ListCPAValues (member)', method: 'GET', path: () => `/api/v4/users/${w.users.member.id}/custom_profile_attributes`, want: () => [200] },
  {
    name: 'PatchCPAValuesForUser (member)',
    method: 'PATCH',
    path: () => `/api/v4/users/${w.users.member.id}/custom_profile_attributes`,
    body: { [ID]: 'x' },
    want: (p) => (p === 'member' || p === 'admin' ? NO_FIELDS : PERM),
  },
];

describe('persona matrix', () => {
  for (const c of cases) {
    for (const p of PERSONAS) {
      it(`${c.name} as ${p}`, async () => {
        const res = await t.request(c.method, c.path(), { token: w.tokens[p], body: c.body });
        const [status, id] = p === 'anonymous' ? UNAUTH : c.want(p);
        if (id) expectAppError(res, status, id);
        else expect(res.status, JSON.stringify(res.body)).toBe(status);
      });
    }
  }
});

describe('behaviour without a licence', () => {
  it('answers empty reads with Mattermost shapes', async () => {
    expect((await t.request('GET', '/api/v4/custom_profile_attributes/fields', { token: w.tokens.member })).body).toEqual([]);
    expect((await t.request('GET', '/api/v4/users/me/custom_profile_attributes', { token: w.tokens.member })).body).toEqual({});
  });

  it('checks input before the lookup', async () => {
    expectAppError(await t.request('PATCH', '/api/v4/custom_profile_attributes/fields/nope', { token: w.tokens.admin, body: { name: 'x' } }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('PATCH', `/api/v4/custom_profile_attributes/fields/${ID}`, { token: w.tokens.admin, body: { name: '  ' } }), 400, 'model.property_field.is_valid.app_error');
    expectAppError(await t.request('PATCH', '/api/v4/custom_profile_attributes/values', { token: w.tokens.member, body: {} }), 400, 'api.property_value.patch.empty_body.app_error');
    expectAppError(await t.request('PATCH', '/api/v4/custom_profile_attributes/values', { token: w.tokens.member, body: { nope: 'x' } }), 400, 'api.property_value.patch.invalid_field_id.app_error');
  });

  it('refuses by licence once a field or value exists', async () => {
    const group = await getPropertyGroup(t.running.context, ACCESS_CONTROL_GROUP);
    const now = Date.now();
    const field = await insertPropertyField(t.running.context.db, {
      id: newId(), groupId: group.id, name: 'Planted', type: 'text', objectType: 'user', targetType: 'system', targetId: '', createAt: now, updateAt: now,
    });
    expectAppError(await t.request('GET', '/api/v4/custom_profile_attributes/fields', { token: w.tokens.member }), ...LICENCE);
    expectAppError(await t.request('PATCH', `/api/v4/custom_profile_attributes/fields/${field.id}`, { token: w.tokens.admin, body: { name: 'x' } }), ...LICENCE);
    expectAppError(await t.request('DELETE', `/api/v4/custom_profile_attributes/fields/${field.id}`, { token: w.tokens.admin }), ...LICENCE);
    expectAppError(await t.request('PATCH', '/api/v4/custom_profile_attributes/values', { token: w.tokens.member, body: { [field.id]: 'x' } }), ...LICENCE);
    expect((await t.request('GET', '/api/v4/users/me/custom_profile_attributes', { token: w.tokens.member })).body).toEqual({});
    await t.running.context.db.insert(propertyValues).values({
      id: newId(), groupId: group.id, fieldId: field.id, targetType: 'user', targetId: w.users.member.id, value: 'v', createAt: now, updateAt: now,
    });
    expectAppError(await t.request('GET', '/api/v4/users/me/custom_profile_attributes', { token: w.tokens.member }), ...LICENCE);
  });
});

describe('FeatureFlags.CustomProfileAttributes off', () => {
  let off: TestServer;
  let token: string | undefined;
  beforeAll(async () => {
    off = await startTestServer({ env: { MM_FEATUREFLAGS_CUSTOMPROFILEATTRIBUTES: 'false' } });
    token = (await buildWorld(off)).tokens.member;
  }, 60_000);
  afterAll(async () => off?.close());

  it('has no CPA routes (404)', async () => {
    for (const [method, path] of [
      ['GET', '/api/v4/custom_profile_attributes/fields'],
      ['GET', '/api/v4/custom_profile_attributes/group'],
      ['GET', '/api/v4/users/me/custom_profile_attributes'],
      ['PATCH', '/api/v4/custom_profile_attributes/values'],
    ]) {
      const res = await off.request(method, path, { token, body: method === 'PATCH' ? { [ID]: 'x' } : undefined });
      expectAppError(res, 404, 'api.context.404.app_error');
    }
    expect(off.checker.violations).toEqual([]);
  });
});

