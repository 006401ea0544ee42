/**
 * Enterprise features on an unlicensed server answer as Mattermost Team Edition does: the
 * permission check (when Mattermost runs it first) then the licence refusal, per persona.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type World, type Persona } from '../../helpers/world';

type Expect = [number, string];
const PERM: Expect = [403, 'api.context.permissions.app_error'];
const UNAUTH: Expect = [401, 'api.context.session_expired.app_error'];
const COMPLIANCE: Expect = [501, 'ent.compliance.licence_disable.app_error'];
const ES: Expect = [501, 'ent.elasticsearch.test_config.license.error'];
const LDAP: Expect = [501, 'api.ldap_groups.license_error'];
const DR: Expect = [501, 'ent.data_retention.generic.license.error'];
const SAML: Expect = [501, 'api.admin.saml.not_available.app_error'];
const NOT_FOUND: Expect = [404, 'api.context.404.app_error'];
const ID = 'abcdefghijkmnopqrstuvwxyza';
const ANY_LICENCE: Expect = [501, 'api.license_error'];
const SCHEME_404: Expect = [404, 'app.scheme.get.app_error'];
const IP: Expect = [501, 'api.context.ip_filtering.not_available.app_error'];

interface Case { name: string; method: string; path: (w: World) => string; body?: unknown; admin: Expect; member: Expect; anonymous?: Expect }

const cases: Case[] = [
  { name: 'CreateComplianceReport', method: 'POST', path: () => '/api/v4/compliance/reports', body: { desc: 'x' }, admin: COMPLIANCE, member: PERM },
  { name: 'GetComplianceReports', method: 'GET', path: () => '/api/v4/compliance/reports', admin: COMPLIANCE, member: PERM },
  { name: 'GetComplianceReport', method: 'GET', path: () => `/api/v4/compliance/reports/${ID}`, admin: COMPLIANCE, member: PERM },
  { name: 'DownloadComplianceReport', method: 'GET', path: () => `/api/v4/compliance/reports/${ID}/download`, admin: COMPLIANCE, member: PERM },
  { name: 'TestElasticsearch', method: 'POST', path: () => '/api/v4/elasticsearch/test', body: {}, admin: ES, member: PERM },
  { name: 'PurgeElasticsearchIndexes', method: 'POST', path: () => '/api/v4/elasticsearch/purge_indexes', admin: ES, member: PERM },
  { name: 'SyncLdap', method: 'POST', path: () => '/api/v4/ldap/sync', body: {}, admin: LDAP, member: LDAP },
  { name: 'TestLdap', method: 'POST', path: () => '/api/v4/ldap/test', admin: LDAP, member: LDAP },
  { name: 'GetLdapGroups', method: 'GET', path: () => '/api/v4/ldap/groups', admin: LDAP, member: PERM },
  { name: 'LinkLdapGroup', method: 'POST', path: () => '/api/v4/ldap/groups/cn%3Dx/link', admin: LDAP, member: PERM },
  { name: 'UnlinkLdapGroup', method: 'DELETE', path: () => '/api/v4/ldap/groups/cn%3Dx/link', admin: LDAP, member: PERM },
  { name: 'MigrateIdLdap', method: 'POST', path: () => '/api/v4/ldap/migrateid', body: { toAttribute: 'objectGUID' }, admin: LDAP, member: PERM },
  { name: 'GetDataRetentionPolicy', method: 'GET', path: () => '/api/v4/data_retention/policy', admin: DR, member: DR },
  { name: 'GetDataRetentionPolicies', method: 'GET', path: () => '/api/v4/data_retention/policies', admin: DR, member: PERM },
  { name: 'GetDataRetentionPoliciesCount', method: 'GET', path: () => '/api/v4/data_retention/policies_count', admin: DR, member: PERM },
  { name: 'GetDataRetentionPolicyByID', method: 'GET', path: () => `/api/v4/data_retention/policies/${ID}`, admin: DR, member: PERM },
  { name: 'DeleteDataRetentionPolicy', method: 'DELETE', path: () => `/api/v4/data_retention/policies/${ID}`, admin: DR, member: PERM },
  { name: 'GetTeamsForRetentionPolicy', method: 'GET', path: () => `/api/v4/data_retention/policies/${ID}/teams`, admin: DR, member: PERM },
  { name: 'GetChannelsForRetentionPolicy', method: 'GET', path: () => `/api/v4/data_retention/policies/${ID}/channels`, admin: DR, member: PERM },
  { name: 'AddTeamsToRetentionPolicy', method: 'POST', path: () => `/api/v4/data_retention/policies/${ID}/teams`, body: [ID], admin: DR, member: PERM },
  { name: 'RemoveTeamsFromRetentionPolicy', method: 'DELETE', path: () => `/api/v4/data_retention/policies/${ID}/teams`, body: [ID], admin: DR, member: PERM },
  { name: 'AddChannelsToRetentionPolicy', method: 'POST', path: () => `/api/v4/data_retention/policies/${ID}/channels`, body: [ID], admin: DR, member: PERM },
  { name: 'RemoveChannelsFromRetentionPolicy', method: 'DELETE', path: () => `/api/v4/data_retention/policies/${ID}/channels`, body: [ID], admin: DR, member: PERM },
  { name: 'GetTeamPoliciesForUser (self)', method: 'GET', path: () => '/api/v4/users/me/data_retention/team_policies', admin: DR, member: DR },
  { name: 'GetChannelPoliciesForUser (other)', method: 'GET', path: (w) => `/api/v4/users/${w.users.admin.id}/data_retention/channel_policies`, admin: DR, member: PERM },
  { name: 'GetSamlMetadata', method: 'GET', path: () => '/api/v4/saml/metadata', admin: SAML, member: SAML, anonymous: SAML },
  { name: 'ResetSamlAuthDataToEmail', method: 'POST', path: () => '/api/v4/saml/reset_auth_data', body: {}, admin: SAML, member: PERM },
  { name: 'GetTopChannelsForTeam', method: 'GET', path: (w) => `/api/v4/teams/${w.team.id}/top/channels?time_range=today`, admin: NOT_FOUND, member: NOT_FOUND },
  { name: 'GetTopDMsForUser', method: 'GET', path: () => '/api/v4/users/me/top/dms?time_range=today', admin: NOT_FOUND, member: NOT_FOUND },
  { name: 'GetGroups', method: 'GET', path: () => '/api/v4/groups', admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'CreateGroup', method: 'POST', path: () => '/api/v4/groups', body: { name: 'g', display_name: 'G', source: 'custom', allow_reference: true, user_ids: [] }, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroup', method: 'GET', path: () => `/api/v4/groups/${ID}`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'DeleteGroup', method: 'DELETE', path: () => `/api/v4/groups/${ID}`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupUsers', method: 'GET', path: () => `/api/v4/groups/${ID}/members`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupStats', method: 'GET', path: () => `/api/v4/groups/${ID}/stats`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupSyncablesTeams', method: 'GET', path: () => `/api/v4/groups/${ID}/teams`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupsByTeam', method: 'GET', path: (w) => `/api/v4/teams/${w.team.id}/groups`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupsByChannel', method: 'GET', path: (w) => `/api/v4/channels/${w.publicChannel.id}/groups`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'GetGroupsByUserId', method: 'GET', path: (w) => `/api/v4/users/${w.users.member.id}/groups`, admin: ANY_LICENCE, member: ANY_LICENCE },
  { name: 'CreateScheme', method: 'POST', path: () => '/api/v4/schemes', body: { name: 's', display_name: 'S', scope: 'team' }, admin: [501, 'api.scheme.create_scheme.license.error'], member: [501, 'api.scheme.create_scheme.license.error'] },
  { name: 'PatchScheme', method: 'PUT', path: () => `/api/v4/schemes/${ID}/patch`, body: { name: 'x' }, admin: [501, 'api.scheme.patch_scheme.license.error'], member: [501, 'api.scheme.patch_scheme.license.error'] },
  { name: 'DeleteScheme', method: 'DELETE', path: () => `/api/v4/schemes/${ID}`, admin: [501, 'api.scheme.delete_scheme.license.error'], member: [501, 'api.scheme.delete_scheme.license.error'] },
  { name: 'GetScheme', method: 'GET', path: () => `/api/v4/schemes/${ID}`, admin: SCHEME_404, member: PERM },
  { name: 'GetTeamsForScheme', method: 'GET', path: () => `/api/v4/schemes/${ID}/teams`, admin: SCHEME_404, member: PERM },
  { name: 'GetChannelsForScheme', method: 'GET', path: () => `/api/v4/schemes/${ID}/channels`, admin: SCHEME_404, member: PERM },
  { name: 'GetRecaps', method: 'GET', path: () => '/api/v4/recaps', admin: [501, 'api.recap.disabled.app_error'], member: [501, 'api.recap.disabled.app_error'] },
  { name: 'DeleteRecap', method: 'DELETE', path: () => `/api/v4/recaps/${ID}`, admin: [501, 'api.recap.disabled.app_error'], member: [501, 'api.recap.disabled.app_error'] },
  { name: 'GetCloudLimits', method: 'GET', path: () => '/api/v4/cloud/limits', admin: [400, 'api.server.cws.needs_enterprise_edition'], member: [400, 'api.server.cws.needs_enterprise_edition'] },
  { name: 'GetCloudCustomer', method: 'GET', path: () => '/api/v4/cloud/customer', admin: [400, 'api.server.cws.needs_enterprise_edition'], member: [400, 'api.server.cws.needs_enterprise_edition'] },
  { name: 'GetIPFilters', method: 'GET', path: () => '/api/v4/ip_filtering', admin: IP, member: IP },
  { name: 'MyIP', method: 'GET', path: () => '/api/v4/ip_filtering/my_ip', admin: IP, member: IP },
];

describe('licensed features on Team Edition', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  for (const c of cases) {
    it(`${c.name}: every persona`, async () => {
      // Only system admins hold system permissions: every other signed-in persona answers as the member does.
      for (const persona of PERSONAS) {
        const want = persona === 'admin' ? c.admin : persona === 'anonymous' ? (c.anonymous ?? UNAUTH) : c.member;
        const res = await t.request(c.method, c.path(w), { token: w.tokens[persona], body: c.body });
        expectAppError(res, want[0], want[1]);
      }
    });
  }

  it('cluster status lists no nodes, for system admins only', async () => {
    const res = await t.request('GET', '/api/v4/cluster/status', { token: w.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expectAppError(await t.request('GET', '/api/v4/cluster/status', { token: w.tokens.teamAdmin }), ...PERM);
    expectAppError(await t.request('GET', '/api/v4/cluster/status', { token: w.tokens.guest }), ...PERM);
  });

  it('SAML certificate status reports no files, for system admins only', async () => {
    const res = await t.request('GET', '/api/v4/saml/certificate/status', { token: w.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ idp_certificate_file: false, private_key_file: false, public_certificate_file: false });
    expectAppError(await t.request('GET', '/api/v4/saml/certificate/status', { token: w.tokens.member }), ...PERM);
  });

  it('lists no schemes (none can exist unlicensed), validating the scope', async () => {
    const res = await t.request('GET', '/api/v4/schemes?scope=team', { token: w.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expectAppError(await t.request('GET', '/api/v4/schemes', { token: w.tokens.teamAdmin }), ...PERM);
  });

  it('agents status reports the AI plugin bridge unavailable to any session', async () => {
    for (const persona of ['guest', 'member', 'admin'] as Persona[]) {
      const res = await t.request('GET', '/api/v4/agents/status', { token: w.tokens[persona] });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ available: false, reason: 'app.agents.bridge.not_available.plugin_not_active' });
    }
    expectAppError(await t.request('GET', '/api/v4/agents/status'), ...UNAUTH);
  });

  it('group sync memberships apply to LDAP users only', async () => {
    const path = (id: string) => `/api/v4/ldap/users/${id}/group_sync_memberships`;
    expectAppError(await t.request('POST', path(w.users.member.id), { token: w.tokens.member }), ...PERM);
    expectAppError(await t.request('POST', path(ID), { token: w.tokens.admin }), 404, 'app.user.missing_account.const');
    expectAppError(await t.request('POST', path(w.users.member.id), { token: w.tokens.admin }), 400, 'api.user.add_user_to_group_syncables.not_ldap_user.app_error');
  });

  it('migrateid needs toAttribute before anything else', async () => {
    expectAppError(await t.request('POST', '/api/v4/ldap/migrateid', { token: w.tokens.member, body: {} }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('every persona below system admin is refused the permission-first operations', async () => {
    for (const persona of ['outsider', 'guest', 'teamAdmin'] as Persona[]) {
      expectAppError(await t.request('GET', '/api/v4/compliance/reports', { token: w.tokens[persona] }), ...PERM);
      expectAppError(await t.request('GET', '/api/v4/data_retention/policies', { token: w.tokens[persona] }), ...PERM);
      expectAppError(await t.request('GET', '/api/v4/ldap/groups', { token: w.tokens[persona] }), ...PERM);
    }
  });
});
