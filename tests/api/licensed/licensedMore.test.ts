/**
 * More Enterprise areas on an unlicensed server, answered as Mattermost Team Edition does:
 * access control (no Policy Administration Point), content flagging, shared channels and
 * secure connections (no remote cluster service), cloud (no CWS), LDAP tests, the plugin
 * Marketplace; and what needs no licence: certificates, can_dm, agents, groups by name.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { getConfigFile } from '../../../db/queries/configFiles';

type Expect = [number, string];
const PERM: Expect = [403, 'api.context.permissions.app_error'];
const UNAUTH: Expect = [401, 'api.context.session_expired.app_error'];
/** Mattermost's invalid-param error (the parameter's name is in the error's params). */
const BODY = (_name: string): Expect => [400, 'api.context.invalid_body_param.app_error'];
const URL_PARAM: Expect = [400, 'api.context.invalid_url_param.app_error'];
const pap = (step: string): Expect => [501, `app.pap.${step}.app_error`];
const FLAG = (what: string): Expect => [501, `api.access_control_policy.${what}.feature_disabled`];
const CF: Expect = [501, 'api.content_flagging.error.license'];
const RCS: Expect = [501, 'api.remote_cluster.service_not_enabled.app_error'];
const CWS: Expect = [400, 'api.server.cws.needs_enterprise_edition'];
const LDAP: Expect = [501, 'api.ldap_groups.license_error'];
const MARKET: Expect = [501, 'app.plugin.marketplace_plugins.app_error'];
const ID = 'abcdefghijkmnopqrstuvwxyza';
const AC = '/api/v4/access_control_policies';
/** The team's town-square, found once the world is built. */
let townSquare = '';

/** Expected answer per persona: `admin` and `member` (every other signed-in persona) plus overrides. */
interface Case {
  name: string;
  method: string;
  path: (w: World) => string;
  body?: (w: World) => unknown;
  admin: Expect;
  member: Expect;
  only?: Partial<Record<Persona, Expect>>;
}

const cases: Case[] = [
  // Access control: the authorization steps, then the missing PAP.
  { name: 'CreateAccessControlPolicy (parent)', method: 'PUT', path: () => AC, body: () => ({ type: 'parent', name: 'p', rules: [] }), admin: pap('create_access_control_policy'), member: PERM },
  { name: 'CreateAccessControlPolicy (parent, team admin of team_id)', method: 'PUT', path: (w) => `${AC}?team_id=${w.team.id}`, body: () => ({ type: 'parent', name: 'p' }), admin: pap('create_access_control_policy'), member: PERM, only: { teamAdmin: pap('create_access_control_policy') } },
  { name: 'CreateAccessControlPolicy (permission: flag off)', method: 'PUT', path: () => AC, body: () => ({ type: 'permission' }), admin: FLAG('permission_policies'), member: FLAG('permission_policies') },
  { name: 'CreateAccessControlPolicy (unknown type)', method: 'PUT', path: () => AC, body: () => ({ type: 'nope' }), admin: BODY('type'), member: BODY('type') },
  { name: 'CreateAccessControlPolicy (channel, bad id)', method: 'PUT', path: () => AC, body: () => ({ type: 'channel', id: 'x' }), admin: pap('create_access_control_policy'), member: BODY('policy.id') },
  // The team admin created the channel (its channel admin): past the checks, the stored policy is read from the missing PAP.
  { name: 'CreateAccessControlPolicy (channel)', method: 'PUT', path: () => AC, body: (w) => ({ type: 'channel', id: w.privateChannel.id }), admin: pap('create_access_control_policy'), member: PERM, only: { teamAdmin: pap('get_policy') } },
  { name: 'CreateAccessControlPolicy (public channel)', method: 'PUT', path: () => AC, body: (w) => ({ type: 'channel', id: w.publicChannel.id }), admin: pap('create_access_control_policy'), member: PERM, only: { teamAdmin: pap('get_policy') } },
  { name: 'CreateAccessControlPolicy (a default channel)', method: 'PUT', path: () => AC, body: () => ({ type: 'channel', id: townSquare }), admin: pap('create_access_control_policy'), member: PERM, only: { teamAdmin: [400, 'app.pap.access_control.channel_default'] } },
  { name: 'CreateAccessControlPolicy (team, team admin)', method: 'PUT', path: () => AC, body: (w) => ({ type: 'team', id: w.team.id }), admin: pap('create_access_control_policy'), member: [403, PERM[1]], only: { teamAdmin: pap('get_policy') } },
  { name: 'UpdateAccessControlPoliciesActive', method: 'PUT', path: () => `${AC}/activate`, body: () => ({ entries: [{ id: ID, active: true }] }), admin: pap('update_access_control_policies_active'), member: [403, PERM[1]] },
  { name: 'UpdateAccessControlPoliciesActive (no entries)', method: 'PUT', path: () => `${AC}/activate`, body: () => ({ entries: [] }), admin: pap('update_access_control_policies_active'), member: pap('update_access_control_policies_active') },
  // `limit` is a required integer in the spec: the router refuses it missing, before any check.
  { name: 'GetAccessControlPolicyAutocompleteFields (no limit)', method: 'GET', path: () => `${AC}/cel/autocomplete/fields`, admin: URL_PARAM, member: URL_PARAM },
  { name: 'GetAccessControlPolicyAutocompleteFields (limit 0)', method: 'GET', path: () => `${AC}/cel/autocomplete/fields?limit=0`, admin: [400, 'api.access_control_policy.get_fields.limit.app_error'], member: PERM },
  { name: 'GetAccessControlPolicyAutocompleteFields (bad channelId)', method: 'GET', path: () => `${AC}/cel/autocomplete/fields?limit=5&channelId=x`, admin: BODY('channelId'), member: BODY('channelId') },
  { name: 'CheckAccessControlPolicyExpression', method: 'POST', path: () => `${AC}/cel/check`, body: () => ({ expression: 'true' }), admin: pap('check_expression'), member: PERM },
  { name: 'CheckAccessControlPolicyExpression (team admin of teamId)', method: 'POST', path: () => `${AC}/cel/check`, body: (w) => ({ expression: 'true', teamId: w.team.id }), admin: pap('check_expression'), member: PERM, only: { teamAdmin: pap('check_expression') } },
  { name: 'CheckAccessControlPolicyExpression (bad channelId)', method: 'POST', path: () => `${AC}/cel/check`, body: () => ({ expression: 'true', channelId: 'x' }), admin: BODY('channelId'), member: BODY('channelId') },
  { name: 'CheckAccessControlPolicyExpression (channelId)', method: 'POST', path: () => `${AC}/cel/check`, body: (w) => ({ expression: 'true', channelId: w.publicChannel.id }), admin: pap('check_expression'), member: PERM, only: { teamAdmin: pap('check_expression') } },
  { name: 'SimulateAccessControlPolicyForUsers', method: 'POST', path: () => `${AC}/cel/simulate_users`, body: () => ({}), admin: FLAG('policy_simulation'), member: FLAG('policy_simulation') },
  { name: 'TestAccessControlPolicyExpression', method: 'POST', path: () => `${AC}/cel/test`, body: () => ({ expression: 'true' }), admin: pap('check_expression'), member: PERM },
  { name: 'TestAccessControlPolicyExpression (bad teamId)', method: 'POST', path: () => `${AC}/cel/test`, body: () => ({ expression: 'true', teamId: 'x' }), admin: BODY('teamId'), member: BODY('teamId') },
  { name: 'ValidateExpressionAgainstRequester', method: 'POST', path: () => `${AC}/cel/validate_requester`, body: () => ({ expression: 'true' }), admin: pap('check_expression'), member: PERM },
  { name: 'GetCELVisualAST', method: 'POST', path: () => `${AC}/cel/visual_ast`, body: () => ({ expression: 'true' }), admin: pap('expression_to_visual_ast'), member: PERM },
  { name: 'SearchAccessControlPolicies', method: 'POST', path: () => `${AC}/search`, body: () => ({ term: '' }), admin: pap('search_access_control_policies'), member: PERM },
  { name: 'SearchAccessControlPolicies (team)', method: 'POST', path: () => `${AC}/search`, body: (w) => ({ team_id: w.team.id }), admin: pap('search_access_control_policies'), member: PERM, only: { teamAdmin: pap('search_access_control_policies') } },
  { name: 'GetAccessControlPolicy', method: 'GET', path: () => `${AC}/${ID}`, admin: pap('get_policy'), member: PERM },
  { name: 'GetAccessControlPolicy (team admin of team_id)', method: 'GET', path: (w) => `${AC}/${ID}?team_id=${w.team.id}`, admin: pap('get_policy'), member: PERM, only: { teamAdmin: pap('get_policy') } },
  { name: 'DeleteAccessControlPolicy', method: 'DELETE', path: () => `${AC}/${ID}`, admin: pap('delete_access_control_policy'), member: PERM },
  { name: 'DeleteAccessControlPolicy (team_id not managed)', method: 'DELETE', path: (w) => `${AC}/${ID}?team_id=${w.team.id}`, admin: pap('delete_access_control_policy'), member: PERM, only: { teamAdmin: pap('get_policy') } },
  { name: 'UpdateAccessControlPolicyActiveStatus', method: 'GET', path: () => `${AC}/${ID}/activate?active=true`, admin: pap('update_access_control_policies_active'), member: PERM },
  { name: 'UpdateAccessControlPolicyActiveStatus (bad active)', method: 'GET', path: () => `${AC}/${ID}/activate?active=maybe`, admin: URL_PARAM, member: URL_PARAM },
  { name: 'AssignAccessControlPolicyToChannels', method: 'POST', path: () => `${AC}/${ID}/assign`, body: (w) => ({ channel_ids: [w.privateChannel.id] }), admin: pap('assign_access_control_policy_to_channels'), member: PERM },
  { name: 'AssignAccessControlPolicyToChannels (teams: flag off)', method: 'POST', path: () => `${AC}/${ID}/assign`, body: (w) => ({ team_ids: [w.team.id] }), admin: FLAG('team_membership'), member: FLAG('team_membership') },
  { name: 'UnassignAccessControlPolicyFromChannels', method: 'DELETE', path: () => `${AC}/${ID}/unassign`, body: (w) => ({ channel_ids: [w.privateChannel.id] }), admin: pap('unassign_access_control_policy_from_channels'), member: PERM },
  { name: 'GetChannelsForAccessControlPolicy', method: 'GET', path: () => `${AC}/${ID}/resources/channels?limit=10`, admin: pap('get_policy'), member: PERM },
  { name: 'GetChannelsForAccessControlPolicy (no limit)', method: 'GET', path: () => `${AC}/${ID}/resources/channels`, admin: URL_PARAM, member: URL_PARAM },
  { name: 'SearchChannelsForAccessControlPolicy', method: 'POST', path: () => `${AC}/${ID}/resources/channels/search`, body: () => ({ term: '' }), admin: [200, ''], member: PERM },
  { name: 'GetChannelAccessControlAttributes', method: 'GET', path: (w) => `/api/v4/channels/${w.publicChannel.id}/access_control/attributes`, admin: pap('get_channel_access_control_attributes'), member: pap('get_channel_access_control_attributes'), only: { outsider: PERM } },
  { name: 'GetTeamAccessControlPolicy', method: 'GET', path: (w) => `/api/v4/teams/${w.team.id}/access_control/policy`, admin: FLAG('team_membership'), member: FLAG('team_membership') },

  // Content flagging: the licence comes first.
  { name: 'GetContentFlaggingConfig', method: 'GET', path: () => '/api/v4/content_flagging/config', admin: CF, member: CF },
  { name: 'UpdateContentFlaggingConfig', method: 'PUT', path: () => '/api/v4/content_flagging/config', body: () => ({}), admin: CF, member: CF },
  { name: 'GetContentFlaggingFields', method: 'GET', path: () => '/api/v4/content_flagging/fields', admin: CF, member: CF },
  { name: 'GetContentFlaggingFlagConfig', method: 'GET', path: () => '/api/v4/content_flagging/flag/config', admin: CF, member: CF },
  { name: 'GetFlaggedPost', method: 'GET', path: () => `/api/v4/content_flagging/post/${ID}`, admin: CF, member: CF },
  { name: 'AssignFlaggedPostReviewer', method: 'POST', path: (w) => `/api/v4/content_flagging/post/${ID}/assign/${w.users.member.id}`, admin: CF, member: CF },
  { name: 'GetFlaggedPostFieldValues', method: 'GET', path: () => `/api/v4/content_flagging/post/${ID}/field_values`, admin: CF, member: CF },
  { name: 'FlagPost', method: 'POST', path: () => `/api/v4/content_flagging/post/${ID}/flag`, body: () => ({ reason: 'r', comment: '' }), admin: CF, member: CF },
  { name: 'KeepFlaggedPost', method: 'PUT', path: () => `/api/v4/content_flagging/post/${ID}/keep`, admin: CF, member: CF },
  { name: 'RemoveFlaggedPost', method: 'PUT', path: () => `/api/v4/content_flagging/post/${ID}/remove`, admin: CF, member: CF },
  { name: 'GetFlaggedPostReport', method: 'GET', path: () => `/api/v4/content_flagging/post/${ID}/report`, admin: CF, member: CF },
  { name: 'GenerateFlaggedPostReport', method: 'POST', path: () => `/api/v4/content_flagging/post/${ID}/report`, admin: CF, member: CF },
  { name: 'SearchContentReviewers', method: 'GET', path: (w) => `/api/v4/content_flagging/team/${w.team.id}/reviewers/search?term=a`, admin: CF, member: CF },
  { name: 'GetContentFlaggingTeamStatus', method: 'GET', path: (w) => `/api/v4/content_flagging/team/${w.team.id}/status`, admin: CF, member: CF },

  // Secure connections and shared channels: no remote cluster service.
  { name: 'GetRemoteClusters', method: 'GET', path: () => '/api/v4/remotecluster', admin: RCS, member: PERM },
  { name: 'CreateRemoteCluster', method: 'POST', path: () => '/api/v4/remotecluster', body: (w) => ({ name: 'r', default_team_id: w.team.id }), admin: RCS, member: PERM },
  { name: 'AcceptRemoteClusterInvite', method: 'POST', path: () => '/api/v4/remotecluster/accept_invite', body: (w) => ({ name: 'r', invite: 'x', password: 'p', default_team_id: w.team.id }), admin: RCS, member: PERM },
  { name: 'GetRemoteCluster', method: 'GET', path: () => `/api/v4/remotecluster/${ID}`, admin: RCS, member: PERM },
  { name: 'PatchRemoteCluster', method: 'PATCH', path: () => `/api/v4/remotecluster/${ID}`, body: () => ({ display_name: 'x' }), admin: RCS, member: PERM },
  { name: 'DeleteRemoteCluster', method: 'DELETE', path: () => `/api/v4/remotecluster/${ID}`, admin: RCS, member: PERM },
  { name: 'GenerateRemoteClusterInvite', method: 'POST', path: () => `/api/v4/remotecluster/${ID}/generate_invite`, body: () => ({ password: 'p' }), admin: RCS, member: PERM },
  { name: 'GetSharedChannelRemotesByRemoteCluster', method: 'GET', path: () => `/api/v4/remotecluster/${ID}/sharedchannelremotes`, admin: RCS, member: PERM },
  { name: 'InviteRemoteClusterToChannel', method: 'POST', path: (w) => `/api/v4/remotecluster/${ID}/channels/${w.publicChannel.id}/invite`, admin: RCS, member: PERM },
  { name: 'UninviteRemoteClusterToChannel', method: 'POST', path: (w) => `/api/v4/remotecluster/${ID}/channels/${w.publicChannel.id}/uninvite`, admin: RCS, member: PERM },
  { name: 'GetAllSharedChannels', method: 'GET', path: (w) => `/api/v4/sharedchannels/${w.team.id}`, admin: RCS, member: RCS },
  { name: 'GetRemoteClusterInfo', method: 'GET', path: () => `/api/v4/sharedchannels/remote_info/${ID}`, admin: RCS, member: RCS },
  { name: 'GetSharedChannelRemotes', method: 'GET', path: (w) => `/api/v4/sharedchannels/${w.publicChannel.id}/remotes`, admin: RCS, member: RCS },

  // Cloud: no CWS interface on Team Edition.
  { name: 'CreateCustomerPayment', method: 'POST', path: () => '/api/v4/cloud/payment', admin: CWS, member: CWS },
  { name: 'ConfirmCustomerPayment', method: 'POST', path: () => '/api/v4/cloud/payment/confirm', body: () => ({ stripe_setup_intent_id: 'x' }), admin: CWS, member: CWS },
  { name: 'GetSubscription', method: 'GET', path: () => '/api/v4/cloud/subscription', admin: CWS, member: CWS },
  { name: 'GetPreviewModalData', method: 'GET', path: () => '/api/v4/cloud/preview/modal_data', admin: [404, 'app.cloud.preview_modal_bucket_url_not_configured'], member: [404, 'app.cloud.preview_modal_bucket_url_not_configured'] },
  { name: 'PostEndpointForCwsWebhooks (no CWS key)', method: 'POST', path: () => '/api/v4/cloud/webhook', admin: UNAUTH, member: UNAUTH },

  // LDAP connection tests: the licence first.
  { name: 'TestLdapConnection', method: 'POST', path: () => '/api/v4/ldap/test_connection', body: () => ({}), admin: LDAP, member: LDAP },
  { name: 'TestLdapDiagnostics', method: 'POST', path: () => '/api/v4/ldap/test_diagnostics?test=filters', body: () => ({}), admin: LDAP, member: LDAP },

  // SAML metadata from the IdP: no session needed; the permission, the URL, then the missing SAML interface.
  { name: 'GetSamlMetadataFromIdp', method: 'POST', path: () => '/api/v4/saml/metadatafromidp', body: () => ({ saml_metadata_url: 'https://idp.example.com/metadata' }), admin: [400, 'api.admin.saml.failure_get_metadata_from_idp.app_error'], member: PERM, only: { anonymous: PERM } },
  { name: 'GetSamlMetadataFromIdp (no URL)', method: 'POST', path: () => '/api/v4/saml/metadatafromidp', body: () => ({}), admin: BODY('saml_metadata_url'), member: PERM, only: { anonymous: PERM } },

  // Marketplace: enabled by default; the remote Marketplace cannot be reached.
  { name: 'GetMarketplacePlugins', method: 'GET', path: () => '/api/v4/plugins/marketplace', admin: MARKET, member: [403, PERM[1]] },
  { name: 'InstallMarketplacePlugin', method: 'POST', path: () => '/api/v4/plugins/marketplace', body: () => ({ id: 'com.example.p', version: '1.0.0' }), admin: MARKET, member: PERM },

  // Remote ids are checked before or after the permission, as Mattermost orders them.
  { name: 'DeleteRemoteCluster (bad id)', method: 'DELETE', path: () => '/api/v4/remotecluster/x', admin: URL_PARAM, member: URL_PARAM },
  { name: 'GetRemoteCluster (bad id)', method: 'GET', path: () => '/api/v4/remotecluster/x', admin: URL_PARAM, member: PERM },
];

describe('more licensed features on Team Edition', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    townSquare = (await t.request('GET', `/api/v4/teams/${w.team.id}/channels/name/town-square`, { token: w.tokens.admin })).body.id;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  for (const c of cases) {
    it(`${c.name}: every persona`, async () => {
      for (const persona of PERSONAS) {
        const want = c.only?.[persona] ?? (persona === 'admin' ? c.admin : persona === 'anonymous' ? UNAUTH : c.member);
        const res = await t.request(c.method, c.path(w), { token: w.tokens[persona], body: c.body?.(w) });
        expect([res.status, res.body?.id ?? ''], `${persona}: ${JSON.stringify(res.body)}`).toEqual(want[0] < 300 ? [want[0], ''] : want);
        if (want[0] >= 300) expectAppError(res, want[0], want[1]);
      }
    });
  }

  it('the autocomplete lists no attribute fields, to system admins and to team admins of team_id', async () => {
    const path = `${AC}/cel/autocomplete/fields?limit=10`;
    const admin = await t.request('GET', path, { token: w.tokens.admin });
    expect(admin.status).toBe(200);
    expect(admin.body).toEqual([]);
    const teamAdmin = await t.request('GET', `${path}&team_id=${w.team.id}`, { token: w.tokens.teamAdmin });
    expect(teamAdmin.status).toBe(200);
    expectAppError(await t.request('GET', `${path}&team_id=${w.team.id}`, { token: w.tokens.member }), ...PERM);
  });

  it('assigning or unassigning no channels reaches no PAP and answers OK; channels found by policy: none', async () => {
    for (const [method, suffix] of [['POST', 'assign'], ['DELETE', 'unassign']] as const) {
      const res = await t.request(method, `${AC}/${ID}/${suffix}`, { token: w.tokens.admin, body: { channel_ids: [] } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ status: 'OK' });
    }
    const found = await t.request('POST', `${AC}/${ID}/resources/channels/search`, { token: w.tokens.admin, body: { term: 'pub' } });
    expect(found.body).toEqual({ channels: [], total_count: 0 });
  });

  it('the deprecated GET activate refuses a cookie session', async () => {
    const res = await t.request('GET', `${AC}/${ID}/activate?active=true`, { headers: { Cookie: `MMAUTHTOKEN=${w.tokens.admin}` } });
    expectAppError(res, 401, 'api.context.session_cookie_not_allowed.app_error');
  });

  it('can_dm: whether the first user can see the second; any session may ask', async () => {
    const canDm = async (a: string, b: string, token = w.tokens.member) => {
      const res = await t.request('GET', `/api/v4/sharedchannels/users/${a}/can_dm/${b}`, { token });
      expect(res.status).toBe(200);
      return res.body.can_dm as boolean;
    };
    const u = w.users;
    expect(await canDm(u.member.id, u.guest.id)).toBe(true);
    expect(await canDm('me', u.teamAdmin.id)).toBe(true);
    // system_user holds view_members: users see everyone; a guest sees its teams and channels only.
    expect(await canDm(u.outsider.id, u.member.id, w.tokens.guest)).toBe(true);
    expect(await canDm(u.guest.id, u.outsider.id, w.tokens.outsider)).toBe(false);
    expect(await canDm(u.guest.id, u.member.id)).toBe(true);
    expect(await canDm(u.admin.id, u.outsider.id)).toBe(true);
    expect(await canDm(u.outsider.id, u.outsider.id)).toBe(true);
    expect(await canDm(ID, u.member.id)).toBe(false);
    expectAppError(await t.request('GET', `/api/v4/sharedchannels/users/x/can_dm/${u.member.id}`, { token: w.tokens.member }), ...URL_PARAM);
    expectAppError(await t.request('GET', `/api/v4/sharedchannels/users/${u.member.id}/can_dm/x`, { token: w.tokens.member }), ...URL_PARAM);
    expectAppError(await t.request('GET', `/api/v4/sharedchannels/users/${u.member.id}/can_dm/${u.guest.id}`), ...UNAUTH);
  });

  it('agents and LLM services: empty lists for any session', async () => {
    for (const path of ['/api/v4/agents', '/api/v4/llmservices']) {
      for (const persona of ['guest', 'member', 'admin'] as Persona[]) {
        const res = await t.request('GET', path, { token: w.tokens[persona] });
        expect(res.status).toBe(200);
        expect(res.body).toEqual([]);
      }
      expectAppError(await t.request('GET', path), ...UNAUTH);
    }
  });

  it('groups by names: no group can exist unlicensed, so none match; a body of names is required', async () => {
    for (const body of [[], ['developers', 'qa']]) {
      const res = await t.request('POST', '/api/v4/groups/names', { token: w.tokens.guest, body });
      expect(res.status).toBe(200);
      expect(res.body).toEqual([]);
    }
    expect((await t.request('POST', '/api/v4/groups/names', { token: w.tokens.member, body: { names: ['a'] } })).status).toBe(400);
    expectAppError(await t.request('POST', '/api/v4/groups/names', { body: [] }), ...UNAUTH);
  });

  it('CWS connection check: no session needed, no CWS interface for anyone', async () => {
    for (const persona of PERSONAS) expectAppError(await t.request('GET', '/api/v4/cloud/check-cws-connection', { token: w.tokens[persona] }), ...CWS);
    // The webhook's CWS key session exists only with a Cloud licence.
    const keyed = await t.request('POST', '/api/v4/cloud/webhook', { headers: { 'X-Cloud-Token': 'k' }, body: { event: 'x' } });
    expectAppError(keyed, ...UNAUTH);
  });

  it('marketplace: local_only lists the (no) local plugins; disabled Marketplace, no remote Marketplace', async () => {
    const local = await t.request('GET', '/api/v4/plugins/marketplace?local_only=true', { token: w.tokens.admin });
    expect(local.status).toBe(200);
    expect(local.body).toEqual([]);
    const patch = (PluginSettings: Record<string, boolean>) => t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { PluginSettings } });
    expect((await patch({ EnableRemoteMarketplace: false })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/plugins/marketplace', { token: w.tokens.admin })).body).toEqual([]);
    expectAppError(
      await t.request('POST', '/api/v4/plugins/marketplace', { token: w.tokens.admin, body: { id: 'com.example.p', version: '1.0.0' } }),
      404,
      'app.plugin.marketplace_plugins.not_found.app_error',
    );
    expect((await patch({ EnableMarketplace: false })).status).toBe(200);
    for (const persona of ['member', 'admin'] as Persona[]) {
      expectAppError(await t.request('GET', '/api/v4/plugins/marketplace', { token: w.tokens[persona] }), 501, 'app.plugin.marketplace_disabled.app_error');
    }
    expect((await patch({ Enable: false })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/plugins/marketplace', { token: w.tokens.admin }), 501, 'app.plugin.disabled.app_error');
    expect((await patch({ Enable: true, EnableMarketplace: true, EnableRemoteMarketplace: true })).status).toBe(200);
  });

  describe('certificates (no licence needed)', () => {
    const form = async (parts: Record<string, string[]>) => {
      const fd = new FormData();
      for (const [name, values] of Object.entries(parts)) for (const v of values) fd.append(name, new Blob([v]), `${name}.pem`);
      const req = new Request('http://x/', { method: 'POST', body: fd });
      return { rawBody: await req.text(), headers: { 'Content-Type': req.headers.get('content-type')! } };
    };
    const config = async () => (await t.request('GET', '/api/v4/config', { token: w.tokens.admin })).body;
    const stored = (name: string) => getConfigFile(t.running.context.db, name);

    const kinds = [
      { path: '/api/v4/saml/certificate/public', file: 'saml-public.crt', setting: (c: any) => c.SamlSettings.PublicCertificateFile, parse: 'api.admin.add_certificate.no_file.app_error' },
      { path: '/api/v4/saml/certificate/private', file: 'saml-private.key', setting: (c: any) => c.SamlSettings.PrivateKeyFile, parse: 'api.admin.add_certificate.no_file.app_error' },
      { path: '/api/v4/saml/certificate/idp', file: 'saml-idp.crt', setting: (c: any) => c.SamlSettings.IdpCertificateFile, parse: 'api.admin.saml.set_certificate_from_metadata.invalid_content_type.app_error' },
      { path: '/api/v4/ldap/certificate/public', file: 'ldap-public.crt', setting: (c: any) => c.LdapSettings.PublicCertificateFile, parse: 'api.admin.add_certificate.parseform.app_error' },
      { path: '/api/v4/ldap/certificate/private', file: 'ldap-private.key', setting: (c: any) => c.LdapSettings.PrivateKeyFile, parse: 'api.admin.add_certificate.parseform.app_error' },
      { path: '/api/v4/audit_logs/certificate', file: 'audit_certificate.pem', setting: (c: any) => c.ExperimentalAuditSettings.Certificate, parse: 'api.admin.add_certificate.no_file.app_error' },
    ];

    for (const k of kinds) {
      it(`${k.path}: system admins upload and remove; the file is stored and named in the configuration`, async () => {
        const upload = await form({ certificate: [`-----BEGIN CERTIFICATE-----\n${k.file}\n-----END CERTIFICATE-----\n`] });
        for (const persona of ['outsider', 'guest', 'member', 'teamAdmin'] as Persona[]) {
          expectAppError(await t.request('POST', k.path, { token: w.tokens[persona], ...upload }), ...PERM);
          expectAppError(await t.request('DELETE', k.path, { token: w.tokens[persona] }), ...PERM);
        }
        expectAppError(await t.request('POST', k.path, { ...upload }), ...UNAUTH);
        expectAppError(await t.request('POST', k.path, { token: w.tokens.admin, body: { certificate: 'x' } }), 400, k.parse);
        expectAppError(await t.request('POST', k.path, { token: w.tokens.admin, ...(await form({ other: ['x'] })) }), 400, 'api.admin.add_certificate.no_file.app_error');
        expect(await stored(k.file)).toBeUndefined();

        const added = await t.request('POST', k.path, { token: w.tokens.admin, ...upload });
        expect(added.status).toBe(200);
        expect(added.body).toEqual({ status: 'OK' });
        expect((await stored(k.file))?.toString()).toContain(k.file);
        expect(k.setting(await config())).toBe(k.file);

        const removed = await t.request('DELETE', k.path, { token: w.tokens.admin });
        expect(removed.status).toBe(200);
        expect(await stored(k.file)).toBeUndefined();
        expect(k.setting(await config())).toBe('');
        expect((await t.request('DELETE', k.path, { token: w.tokens.admin })).status).toBe(200);
      });
    }

    it('audit log certificate: only one file', async () => {
      const two = await form({ certificate: ['a', 'b'] });
      expectAppError(await t.request('POST', '/api/v4/audit_logs/certificate', { token: w.tokens.admin, ...two }), 400, 'api.admin.add_certificate.multiple_files.app_error');
      expect(await stored('audit_certificate.pem')).toBeUndefined();
    });

    it('SAML certificate status follows uploads; removing the IdP certificate turns SAML off', async () => {
      const status = async () => (await t.request('GET', '/api/v4/saml/certificate/status', { token: w.tokens.admin })).body;
      expect(await status()).toEqual({ idp_certificate_file: false, private_key_file: false, public_certificate_file: false });
      expect((await t.request('POST', '/api/v4/saml/certificate/private', { token: w.tokens.admin, ...(await form({ certificate: ['k'] })) })).status).toBe(200);
      expect(await status()).toEqual({ idp_certificate_file: false, private_key_file: true, public_certificate_file: false });
      expect((await t.request('DELETE', '/api/v4/saml/certificate/private', { token: w.tokens.admin })).status).toBe(200);
      expect(await status()).toEqual({ idp_certificate_file: false, private_key_file: false, public_certificate_file: false });
      expectAppError(await t.request('GET', '/api/v4/saml/certificate/status', { token: w.tokens.teamAdmin }), ...PERM);
    });

    it('SAML IdP certificate from metadata: a base64 X.509 body (application/x-pem-file) is stored as PEM', async () => {
      const { X509Certificate } = await import('node:crypto');
      const pem = SAMPLE_CERT;
      const base64 = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
      const path = '/api/v4/saml/certificate/idp';
      expectAppError(await t.request('POST', path, { token: w.tokens.admin, rawBody: 'not a certificate', headers: { 'Content-Type': 'application/x-pem-file' } }), 400, 'api.admin.saml.failure_parse_idp_certificate.app_error');
      expectAppError(await t.request('POST', path, { token: w.tokens.admin, rawBody: base64, headers: { 'Content-Type': 'text/plain' } }), 400, 'api.admin.saml.set_certificate_from_metadata.invalid_content_type.app_error');
      const res = await t.request('POST', path, { token: w.tokens.admin, rawBody: base64, headers: { 'Content-Type': 'application/x-pem-file' } });
      expect(res.status).toBe(200);
      const saved = (await stored('saml-idp.crt'))!.toString();
      expect(saved.startsWith('-----BEGIN CERTIFICATE-----\n')).toBe(true);
      expect(new X509Certificate(saved).fingerprint256).toBe(new X509Certificate(pem).fingerprint256);
      expect((await config()).SamlSettings.IdpCertificateFile).toBe('saml-idp.crt');
      expect((await t.request('DELETE', path, { token: w.tokens.admin })).status).toBe(200);
      expect((await config()).SamlSettings.Enable).toBe(false);
    });
  });
});

/** A self-signed test certificate (CN=idp.example.com), used only as bytes to parse. */
const SAMPLE_CERT = `-----BEGIN CERTIFICATE-----
MIIDFTCCAf2gAwIBAgIUMHg0WswnlcdcCdtSBeHA5yQ2qtEwDQYJKoZIhvcNAQEL
BQAwGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUuY29tMB4XDTI2MTEyNjA5MDkyMFoX
DTM2MTEyMzA5MDkyMFowGjEYMBYGA1UEAwwPaWRwLmV4YW1wbGUuY29tMIIBIjAN
BgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArXY2PEyE1bUkdTxw0/TtwEJi7V5w
9QLgZM4UEsaAf2w3+DEhG8HAUV+Q4xMaCn14hkg5ltg/LZvDyeZlQWMueUPfPKRW
4eTeVMjL24RqZ3kzOsarVtxRL+6ZBZYDdnbs2yxt+Hr5iTueVI/vsPiWM/LBlDKi
vsBYj41HQQPWKc6SmNSN6CWTebk6b/r8K1aJlhHBhSAm1oe7MpgoV3izDmGbSIFx
JFE4U9Y3b28rshlgi7NwNYZXms7nrd+pwOLnx/KAWZ+P3pbz8iBKwy/OzICghLTq
54amTzW2kAJKfSQgaBDOOKTLecFIqiIhn4zyShHtfJRYxBBzW/2Uqi41gQIDAQAB
o1MwUTAdBgNVHQ4EFgQU+pwIlCvvIKHe3cSeK4Tt9eChj5gwHwYDVR0jBBgwFoAU
+pwIlCvvIKHe3cSeK4Tt9eChj5gwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0B
AQsFAAOCAQEAhLuUFeiaGkBy7zp5M2MrBEpk7EVnhgyGeHfIBdJi5x5VuxfJyaeP
WXTaeX+SKEghtxHYFq4AsIRw149tsXhTc3BQbohXMeYITtjdVZhgEldqR1W/D8GV
GZg+OAxsimmVQnifyguY9UyQBAyr1FSEsT2Pu0IDznyxo2cGFu1303SxS23/a1yL
dudJYDarOPZycrVbd0GXwJ/5yxfKKm1IMAvvEvWYJWmnvmMnhDQOi0uwQpsJsli7
XXlbW1QfX2RMdBB7/IBFpZVLqyJNzHKYyhYLe6QjPhndf/yUCcIq+NYiFKnz3ORR
bo2KE1CIjk7i81ebu0KPMwoW2SuqF/n4nA==
-----END CERTIFICATE-----`;
