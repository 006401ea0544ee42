import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { expectNoViolations, uniqueUser } from '../helpers/fixtures';

describe('the official @mattermost/client against a listening server', () => {
  let t: TestServer;
  let url: string;
  beforeAll(async () => {
    t = await startTestServer();
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('reads the client config and licence, creates the first user, logs in, gets me, logs out', async () => {
    const client = new Client4();
    client.setUrl(url);

    const config = await client.getClientConfig();
    expect(config.NoAccounts).toBe('true');
    const license = await client.getClientLicenseOld();
    expect(license.IsLicensed).toBe('false');
    const ping = await client.ping(false);
    expect(ping.status).toBe('OK');

    const input = uniqueUser('client');
    const created = await client.createUser({ ...input } as never, '', '');
    expect(created.username).toBe(input.username);
    expect(created.roles).toContain('system_admin');

    const profile = await client.login(input.username, input.password);
    expect(profile.id).toBe(created.id);
    expect(client.getToken()).toMatch(/^[a-z0-9]{26}$/);
    expect(client.serverVersion).toMatch(/^\d+\.\d+\.\d+/);

    const me = await client.getMe();
    expect(me.id).toBe(created.id);
    expect(me.email).toBe(input.email);

    await client.logout();
    expect(client.getToken()).toBe('');
    await expect(client.getMe()).rejects.toMatchObject({ status_code: 401, server_error_id: 'api.context.session_expired.app_error' });
  });

  it('surfaces server errors as ClientError with the AppError id', async () => {
    const client = new Client4();
    client.setUrl(url);
    await expect(client.login('nobody', 'wrong-password')).rejects.toMatchObject({
      status_code: 401,
      server_error_id: 'api.user.login.invalid_credentials_email_username',
    });
  });
});
