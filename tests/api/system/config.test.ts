import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';

describe('configuration endpoints', () => {
  let t: TestServer;
  let adminToken: string;
  let userToken: string;

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SUPPORTSETTINGS_SUPPORTEMAIL: 'help@env.example' } });
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('answers the start-up calls of the official client before anyone exists', async () => {
    const ping = await t.request('GET', '/api/v4/system/ping');
    expect(ping.status).toBe(200);
    expect(ping.body.status).toBe('OK');
    expect(ping.headers.get('X-Request-Id')).toMatch(/^[a-z0-9]{26}$/);
    expect(ping.headers.get('X-Version-Id')).toMatch(/^\d+\.\d+\.\d+\./);

    const config = await t.request('GET', '/api/v4/config/client?format=old');
    expect(config.status).toBe(200);
    expect(config.body.NoAccounts).toBe('true');
    expect(config.body.BuildEnterpriseReady).toBe('false');
    for (const value of Object.values(config.body)) expect(typeof value).toBe('string');

    const license = await t.request('GET', '/api/v4/license/client?format=old');
    expect(license.status).toBe(200);
    expect(license.body.IsLicensed).toBe('false');

    expectAppError(await t.request('GET', '/api/v4/config/client'), 501, 'api.config.client.old_format.app_error');
    expectAppError(await t.request('GET', '/api/v4/license/client?format=new'), 501, 'api.license.client.old_format.app_error');
  });

  it('gives logged-in users the full client config', async () => {
    adminToken = (await bootstrapAdmin(t)).token;
    const user = await createUser(t, uniqueUser(), adminToken);
    userToken = await login(t, user.username, user.password);
    const limited = await t.request('GET', '/api/v4/config/client?format=old');
    const full = await t.request('GET', '/api/v4/config/client?format=old', { token: userToken });
    expect(limited.body.NoAccounts).toBe('false');
    expect(Object.keys(full.body).length).toBeGreaterThan(Object.keys(limited.body).length);
  });

  it('lets only admins read the config, with secrets masked and env overrides applied', async () => {
    expectAppError(await t.request('GET', '/api/v4/config'), 401, 'api.context.session_expired.app_error');
    expectAppError(await t.request('GET', '/api/v4/config', { token: userToken }), 403, 'api.context.permissions.app_error');
    const res = await t.request('GET', '/api/v4/config', { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body.ServiceSettings.ListenAddress).toBe(':8065');
    expect(res.body.SupportSettings.SupportEmail).toBe('help@env.example');
  });

  it('patches, persists and validates the config', async () => {
    const patched = await t.request('PUT', '/api/v4/config/patch', { token: adminToken, body: { TeamSettings: { SiteName: 'Patched Site' } } });
    expect(patched.status).toBe(200);
    expect(patched.body.TeamSettings.SiteName).toBe('Patched Site');
    expect(patched.body.TeamSettings.MaxUsersPerTeam).toBe(50);
    const client = await t.request('GET', '/api/v4/config/client?format=old', { token: userToken });
    expect(client.body.SiteName).toBe('Patched Site');

    const bad = await t.request('PUT', '/api/v4/config/patch', { token: adminToken, body: { FileSettings: { MaxFileSize: 0 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.id).toMatch(/^model\.config\.is_valid\./);
    const after = await t.request('GET', '/api/v4/config', { token: adminToken });
    expect(after.body.FileSettings.MaxFileSize).toBe(104857600);
    expect(after.body.TeamSettings.SiteName).toBe('Patched Site');

    expect((await t.request('PUT', '/api/v4/config/patch', { token: userToken, body: {} })).status).toBe(403);
  });

  it('round-trips a full PUT /config, keeping masked secrets', async () => {
    const secret = 'smtp-secret-value';
    await t.request('PUT', '/api/v4/config/patch', { token: adminToken, body: { EmailSettings: { SMTPPassword: secret } } });
    const current = await t.request('GET', '/api/v4/config', { token: adminToken });
    expect(current.body.EmailSettings.SMTPPassword).not.toBe(secret);
    current.body.TeamSettings.SiteName = 'Full Put';
    const put = await t.request('PUT', '/api/v4/config', { token: adminToken, body: current.body });
    expect(put.status).toBe(200);
    expect(put.body.TeamSettings.SiteName).toBe('Full Put');
    expect(t.running.context.config.storedConfig().EmailSettings.SMTPPassword).toBe(secret);
  });

  it('reloads the config from the database', async () => {
    const res = await t.request('POST', '/api/v4/config/reload', { token: adminToken });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'OK' });
    expect(t.running.context.config.get().TeamSettings.SiteName).toBe('Full Put');
    expectAppError(await t.request('POST', '/api/v4/config/reload', { token: userToken }), 403, 'api.context.permissions.app_error');
  });

  it('serves its own spec', async () => {
    const res = await t.request('GET', '/api/v4/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths).length).toBeGreaterThan(400);
  });
});
