import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, PERSONAS, type World } from '../../helpers/world';
import { notifyAdmin } from '../../../db/schema';
import { eq } from 'drizzle-orm';

/** Guest magic links, the deprecated SSO code exchange and notify-admin, as an unlicensed Mattermost answers them. */
describe('login type, magic link, SSO code exchange', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('GetUserLoginType is 404 while guest magic links are off or unlicensed, for everyone', async () => {
    for (const p of PERSONAS) {
      const res = await t.request('POST', '/api/v4/users/login/type', { token: w.tokens[p], body: { login_id: w.users.member.email } });
      expectAppError(res, 404, 'api.user.login.guest_magic_link.disabled.error');
    }
    const url = await t.listen();
    const client = new Client4();
    client.setUrl(url);
    await expect(client.getUserLoginType(w.users.member.username)).rejects.toMatchObject({
      status_code: 404,
      server_error_id: 'api.user.login.guest_magic_link.disabled.error',
    });
  });

  it('LoginWithMagicLink is refused the same way, token or not', async () => {
    expectAppError(await t.request('POST', '/api/v4/users/login/one_time_link', { body: { token: 'x'.repeat(64) } }), 404, 'api.user.login.guest_magic_link.disabled.error');
    expectAppError(await t.request('POST', '/api/v4/users/login/one_time_link', { body: {} }), 404, 'api.user.login.guest_magic_link.disabled.error');
  });

  it('LoginSSOCodeExchange answers 410 with Deprecation: true, without a session', async () => {
    const body = { login_code: 'code', code_verifier: 'verifier', state: 'state' };
    const res = await t.request('POST', '/api/v4/users/login/sso/code-exchange', { body });
    expectAppError(res, 410, 'api.user.login_sso_code_exchange.deprecated.app_error');
    expect(res.headers.get('Deprecation')).toBe('true');
    const missing = await t.request('POST', '/api/v4/users/login/sso/code-exchange', { body: { login_code: 'x' } });
    expect(missing.status).toBe(400);
  });
});

describe('POST /users/notify-admin', () => {
  let t: TestServer;
  let w: World;
  const db = () => t.running.context.db;
  const send = (token: string | undefined, body: unknown) => t.request('POST', '/api/v4/users/notify-admin', { token, body });
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('stores one request per user and feature; a second is refused with already_notified', async () => {
    const body = { trial_notification: false, required_plan: 'professional', required_feature: 'mattermost.feature.guest_accounts' };
    const ok = await send(w.tokens.member, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ status: 'OK' });
    const rows = await db().select().from(notifyAdmin).where(eq(notifyAdmin.userId, w.users.member.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ requiredPlan: 'professional', requiredFeature: 'mattermost.feature.guest_accounts', trial: false, sentAt: null });
    expect(rows[0].createAt).toBeGreaterThan(0);

    expectAppError(await send(w.tokens.member, { ...body, required_plan: 'enterprise' }), 403, 'api.cloud.notify_admin_to_upgrade_error.already_notified');
    // Another user may ask for the same feature.
    expect((await send(w.tokens.outsider, body)).status).toBe(200);
    // Trial requests are stored as such.
    expect((await send(w.tokens.member, { trial_notification: true, required_plan: 'enterprise', required_feature: 'mattermost.feature.all_enterprise' })).status).toBe(200);
  });

  it('validates the plan and feature (plugin requests name any plan), writing nothing', async () => {
    const badPlan = await send(w.tokens.teamAdmin, { trial_notification: false, required_plan: 'gold', required_feature: 'mattermost.feature.start_call' });
    expectAppError(badPlan, 400, 'app.notify_admin.save.app_error');
    const badFeature = await send(w.tokens.teamAdmin, { trial_notification: false, required_plan: 'enterprise', required_feature: 'mattermost.feature.nope' });
    expectAppError(badFeature, 400, 'app.notify_admin.save.app_error');
    expect(await db().select().from(notifyAdmin).where(eq(notifyAdmin.userId, w.users.teamAdmin.id))).toHaveLength(0);
    const plugin = await send(w.tokens.teamAdmin, { trial_notification: false, required_plan: 'com.example.plugin', required_feature: 'mattermost.feature.plugin' });
    expect(plugin.status).toBe(200);
    expectAppError(await send(w.tokens.teamAdmin, { required_plan: 7 }), 400, 'api.context.invalid_body_param.app_error');
  });

  it('needs a session; any signed-in persona may ask', async () => {
    const body = { trial_notification: false, required_plan: 'professional', required_feature: 'mattermost.feature.create_multiple_teams' };
    for (const p of PERSONAS) {
      const res = await send(w.tokens[p], body);
      expect([p, res.status]).toEqual([p, p === 'anonymous' ? 401 : 200]);
    }
  });
});
