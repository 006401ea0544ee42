import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { newId } from '../../../server/ids';

describe('personal access tokens', () => {
  let t: TestServer;
  let w: World;
  const setEnabled = async (on: boolean) => {
    const res = await t.request('PUT', '/api/v4/config/patch', { token: w.tokens.admin, body: { ServiceSettings: { EnableUserAccessTokens: on } } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('are refused while ServiceSettings.EnableUserAccessTokens is off', async () => {
    expectAppError(await t.request('POST', `/api/v4/users/${w.users.admin.id}/tokens`, { token: w.tokens.admin, body: { description: 'x' } }), 501, 'app.user_access_token.disabled');
  });

  it('need create_user_access_token (the system_user_access_token role) and rights over the user', async () => {
    await setEnabled(true);
    expectAppError(await t.request('POST', '/api/v4/users/me/tokens', { token: w.tokens.member, body: { description: 'mine' } }), 403, 'api.context.permissions.app_error');
    expect((await t.request('PUT', `/api/v4/users/${w.users.member.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_user_access_token' } })).status).toBe(200);
    expectAppError(await t.request('POST', '/api/v4/users/me/tokens', { token: w.tokens.member, body: { description: '' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', `/api/v4/users/${w.users.teamAdmin.id}/tokens`, { token: w.tokens.member, body: { description: 'theirs' } }), 403, 'api.context.permissions.app_error');
    const created = await t.request('POST', '/api/v4/users/me/tokens', { token: w.tokens.member, body: { description: 'mine' } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ user_id: w.users.member.id, description: 'mine', is_active: true });
    expect(created.body.token).toMatch(/^[a-z0-9]{26}$/);
  });

  it('work as Bearer tokens until disabled or revoked; the secret is never shown again', async () => {
    await setEnabled(true);
    const created = await t.request('POST', `/api/v4/users/${w.users.outsider.id}/tokens`, { token: w.tokens.admin, body: { description: 'bot-ish' } });
    const { id, token } = created.body as { id: string; token: string };
    const me = await t.request('GET', '/api/v4/users/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(w.users.outsider.id);
    // the session it opened is listed with Mattermost's props
    const sessions = await t.request('GET', `/api/v4/users/${w.users.outsider.id}/sessions`, { token: w.tokens.admin });
    const patSession = sessions.body.find((s: { props: Record<string, string> }) => s.props.type === 'UserAccessToken');
    expect(patSession.props.user_access_token_id).toBe(id);

    const one = await t.request('GET', `/api/v4/users/tokens/${id}`, { token: w.tokens.admin });
    expect(one.body).toEqual({ id, user_id: w.users.outsider.id, description: 'bot-ish', is_active: true, expires_at: 0 });
    const mine = await t.request('GET', `/api/v4/users/${w.users.outsider.id}/tokens`, { token: w.tokens.admin });
    expect(mine.body.map((x: { id: string }) => x.id)).toContain(id);
    expect(mine.body.every((x: Record<string, unknown>) => !('token' in x))).toBe(true);
    const all = await t.request('GET', '/api/v4/users/tokens', { token: w.tokens.admin });
    expect(all.body.map((x: { id: string }) => x.id)).toContain(id);
    const found = await t.request('POST', '/api/v4/users/tokens/search', { token: w.tokens.admin, body: { term: w.users.outsider.username } });
    expect(found.body.map((x: { id: string }) => x.id)).toEqual([id]);

    expect((await t.request('POST', '/api/v4/users/tokens/disable', { token: w.tokens.admin, body: { token_id: id } })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
    expect((await t.request('POST', '/api/v4/users/tokens/enable', { token: w.tokens.admin, body: { token_id: id } })).status).toBe(200);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);

    await setEnabled(false);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
    await setEnabled(true);
    expect((await t.request('GET', '/api/v4/users/me', { token })).status).toBe(200);

    expect((await t.request('POST', '/api/v4/users/tokens/revoke', { token: w.tokens.admin, body: { token_id: id } })).status).toBe(200);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token }), 401, 'api.context.session_expired.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/tokens/${id}`, { token: w.tokens.admin }), 404, 'app.user_access_token.get_by_user.app_error');
  });

  it('keeps tokens of others out of reach', async () => {
    await setEnabled(true);
    const created = await t.request('POST', `/api/v4/users/${w.users.teamAdmin.id}/tokens`, { token: w.tokens.admin, body: { description: 'ta' } });
    const id = created.body.id as string;
    for (const token of [w.tokens.member, w.tokens.outsider]) {
      expectAppError(await t.request('GET', `/api/v4/users/tokens/${id}`, { token }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('POST', '/api/v4/users/tokens/revoke', { token, body: { token_id: id } }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', '/api/v4/users/tokens', { token }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('POST', '/api/v4/users/tokens/search', { token, body: { term: 'a' } }), 403, 'api.context.permissions.app_error');
      expectAppError(await t.request('GET', `/api/v4/users/${w.users.teamAdmin.id}/tokens`, { token }), 403, 'api.context.permissions.app_error');
    }
    expectAppError(await t.request('GET', '/api/v4/users/tokens/not-an-id', { token: w.tokens.admin }), 400, 'api.context.invalid_url_param.app_error');
    expectAppError(await t.request('GET', `/api/v4/users/tokens/${newId()}`, { token: w.tokens.admin }), 404, 'app.user_access_token.get_by_user.app_error');
    // a non-admin may not mint a token for a system admin
    expect((await t.request('PUT', `/api/v4/users/${w.users.teamAdmin.id}/roles`, { token: w.tokens.admin, body: { roles: 'system_user system_user_access_token system_user_manager' } })).status).toBe(400);
  });
});
