/**
 * Who may manage OAuth apps: manage_oauth (system admins by default), and only the creator or
 * manage_system_wide_oauth for a given app; every signed-in user may read an app's public info,
 * authorize and deauthorize apps, and list their own authorized apps.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, PERSONAS, type Persona, type World } from '../../helpers/world';
import { expectNoViolations } from '../../helpers/fixtures';
import { INTEGRATION_ENV } from '../webhooks/helpers';
import { matrix, only } from '../webhooks/matrix';

describe('oauth: authorization matrix', () => {
  let t: TestServer;
  let w: World;
  let app: any;
  beforeAll(async () => {
    t = await startTestServer({ env: INTEGRATION_ENV });
    w = await buildWorld(t);
    app = (await create(w.tokens.admin)).body;
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const create = (token: string | undefined) =>
    t.request('POST', '/api/v4/oauth/apps', { token, body: { name: 'App', homepage: 'https://a.example.com', callback_urls: ['https://a.example.com/cb'] } });
  const admin: Persona[] = ['admin'];
  const signedIn: Persona[] = ['outsider', 'guest', 'member', 'teamAdmin', 'admin'];

  it('app management', async () => {
    await matrix(w, 'CreateOAuthApp', only(admin, 201), (token) => create(token));
    await matrix(w, 'GetOAuthApps', only(admin, 200), (token) => t.request('GET', '/api/v4/oauth/apps', { token }));
    await matrix(w, 'GetOAuthApp', only(admin, 200), (token) => t.request('GET', `/api/v4/oauth/apps/${app.id}`, { token }));
    await matrix(w, 'UpdateOAuthApp', only(admin, 200), (token) =>
      t.request('PUT', `/api/v4/oauth/apps/${app.id}`, { token, body: { ...app, description: 'changed' } }),
    );
    await matrix(w, 'RegenerateOAuthAppSecret', only(admin, 200), (token) => t.request('POST', `/api/v4/oauth/apps/${app.id}/regen_secret`, { token }));
    await matrix(w, 'GetOAuthAppInfo', only(signedIn, 200), (token) => t.request('GET', `/api/v4/oauth/apps/${app.id}/info`, { token }));
    const deleted: Record<string, number> = {};
    for (const who of PERSONAS) {
      const a = (await create(w.tokens.admin)).body;
      deleted[who] = (await t.request('DELETE', `/api/v4/oauth/apps/${a.id}`, { token: w.tokens[who] })).status;
    }
    expect(deleted, 'DeleteOAuthApp').toEqual(only(admin, 200));
  });

  it('the secret is never shown to those who may not manage the app', async () => {
    for (const who of ['member', 'guest', 'outsider', 'teamAdmin'] as const) {
      const info = await t.request('GET', `/api/v4/oauth/apps/${app.id}/info`, { token: w.tokens[who] });
      expect(info.body.client_secret).toBe('');
      const list = await t.request('GET', '/api/v4/oauth/apps', { token: w.tokens[who] });
      expect(list.body.id).toBe('api.command.admin_only.app_error');
    }
  });

  it('authorizing, deauthorizing and the authorized list', async () => {
    await matrix(w, 'AuthorizeOAuthApp', only(signedIn, 200), (token) =>
      t.request('POST', '/oauth/authorize', { token, body: { response_type: 'code', client_id: app.id, redirect_uri: 'https://a.example.com/cb' } }),
    );
    await matrix(w, 'GetAuthorizedOAuthAppsForUser me', only(signedIn, 200), (token) => t.request('GET', '/api/v4/users/me/oauth/apps/authorized', { token }));
    await matrix(w, "GetAuthorizedOAuthAppsForUser of the member", { anonymous: 401, outsider: 403, guest: 403, member: 200, teamAdmin: 403, admin: 200 }, (token) =>
      t.request('GET', `/api/v4/users/${w.users.member.id}/oauth/apps/authorized`, { token }),
    );
    await matrix(w, 'DeauthorizeOAuthApp', only(signedIn, 200), (token) => t.request('POST', '/oauth/deauthorize', { token, body: { client_id: app.id } }));
    await matrix(w, 'AuthorizeOAuthPage', { anonymous: 302, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('GET', `/oauth/authorize?response_type=code&client_id=${app.id}&redirect_uri=${encodeURIComponent('https://a.example.com/cb')}`, { token }),
    );
  });

  it('outgoing OAuth connections are Enterprise: permission first, then the licence', async () => {
    const enterprise = only(admin, 501);
    await matrix(w, 'ListOutgoingOAuthConnections', enterprise, (token) => t.request('GET', `/api/v4/oauth/outgoing_connections?team_id=${w.team.id}`, { token }));
    await matrix(w, 'CreateOutgoingOAuthConnection', enterprise, (token) => t.request('POST', `/api/v4/oauth/outgoing_connections?team_id=${w.team.id}`, { token, body: { name: 'x' } }));
    await matrix(w, 'GetOutgoingOAuthConnection', enterprise, (token) => t.request('GET', `/api/v4/oauth/outgoing_connections/${'c'.repeat(26)}?team_id=${w.team.id}`, { token }));
    await matrix(w, 'UpdateOutgoingOAuthConnection', enterprise, (token) =>
      t.request('PUT', `/api/v4/oauth/outgoing_connections/${'c'.repeat(26)}?team_id=${w.team.id}`, { token, body: { id: 'c'.repeat(26) } }),
    );
    await matrix(w, 'DeleteOutgoingOAuthConnection', enterprise, (token) => t.request('DELETE', `/api/v4/oauth/outgoing_connections/${'c'.repeat(26)}?team_id=${w.team.id}`, { token }));
    await matrix(w, 'ValidateOutgoingOAuthConnection', enterprise, (token) => t.request('POST', `/api/v4/oauth/outgoing_connections/validate?team_id=${w.team.id}`, { token, body: {} }));
    const res = await t.request('GET', `/api/v4/oauth/outgoing_connections?team_id=${w.team.id}`, { token: w.tokens.admin });
    expect(res.body.id).toBe('api.context.outgoing_oauth_connection.not_available.configuration_disabled');
  });

  it('metadata and dynamic registration need no session', async () => {
    await matrix(w, 'GetAuthorizationServerMetadata', { anonymous: 200, outsider: 200, guest: 200, member: 200, teamAdmin: 200, admin: 200 }, (token) =>
      t.request('GET', '/.well-known/oauth-authorization-server', { token }),
    );
    const meta = await t.request('GET', '/.well-known/oauth-authorization-server');
    expect(meta.body).toMatchObject({ issuer: 'http://localhost:8065', token_endpoint: 'http://localhost:8065/oauth/access_token' });
    const reg = await t.request('POST', '/api/v4/oauth/apps/register', { body: { redirect_uris: ['https://x.example.com/cb'] } });
    expect(reg.status).toBe(400);
    expect(reg.body.error).toBe('unsupported_operation');
  });
});
