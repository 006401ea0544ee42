import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { userAccessTokens } from '../../../db/schema';

/** Personal access tokens with `expires_at` (milliseconds, 0 = never), as Mattermost 11's UserAccessToken. */
describe('personal access token expiry', () => {
  let t: TestServer;
  let w: World;
  const db = () => t.running.context.db;
  const create = (body: unknown) => t.request('POST', `/api/v4/users/${w.users.member.id}/tokens`, { token: w.tokens.admin, body });

  beforeAll(async () => {
    t = await startTestServer({ env: { MM_SERVICESETTINGS_ENABLEUSERACCESSTOKENS: 'true' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('stores and returns expires_at; 0 by default', async () => {
    const never = await create({ description: 'forever' });
    expect(never.status).toBe(200);
    expect(never.body.expires_at).toBe(0);
    const later = Date.now() + 3_600_000;
    const bounded = await create({ description: 'an hour', expires_at: later });
    expect(bounded.body).toMatchObject({ expires_at: later, is_active: true });
    expect(bounded.body.token).toMatch(/^[a-z0-9]{26}$/);
    const listed = await t.request('GET', `/api/v4/users/${w.users.member.id}/tokens`, { token: w.tokens.admin });
    expect(listed.body.find((x: { id: string }) => x.id === bounded.body.id)).toMatchObject({ expires_at: later });
    expect(listed.body.every((x: object) => !('token' in x))).toBe(true);
    const one = await t.request('GET', `/api/v4/users/tokens/${bounded.body.id}`, { token: w.tokens.admin });
    expect(one.body.expires_at).toBe(later);
  });

  it('refuses a negative or past expires_at, writing nothing', async () => {
    const before = (await db().select().from(userAccessTokens).where(eq(userAccessTokens.userId, w.users.member.id))).length;
    expectAppError(await create({ description: 'neg', expires_at: -5 }), 400, 'model.user_access_token.is_valid.expires_at.app_error');
    expectAppError(await create({ description: 'past', expires_at: Date.now() - 1000 }), 400, 'model.user_access_token.is_valid.expires_at.app_error');
    expect(await create({ description: 'typed', expires_at: 'soon' })).toMatchObject({ status: 400 });
    const after = (await db().select().from(userAccessTokens).where(eq(userAccessTokens.userId, w.users.member.id))).length;
    expect(after).toBe(before);
  });

  it('an expired token does not authenticate, and the session it opened ends with it', async () => {
    const created = await create({ description: 'short', expires_at: Date.now() + 60_000 });
    const pat = created.body.token as string;
    expect((await t.request('GET', '/api/v4/users/me', { token: pat })).status).toBe(200);
    // The clock cannot be moved here: the token's expiry is moved into the past instead.
    await db().update(userAccessTokens).set({ expiresAt: Date.now() - 1 }).where(eq(userAccessTokens.id, created.body.id));
    // The open session lasts no longer than the token did (its expiry was clamped to it): drop it to re-resolve.
    await t.running.context.sessions.revokeToken(pat);
    expectAppError(await t.request('GET', '/api/v4/users/me', { token: pat }), 401, 'api.context.session_expired.app_error');

    const never = await create({ description: 'no expiry' });
    expect((await t.request('GET', '/api/v4/users/me', { token: never.body.token })).status).toBe(200);
  });

  it('the session opened by a token expires with the token', async () => {
    const expiresAt = Date.now() + 60_000;
    const created = await create({ description: 'clamped', expires_at: expiresAt });
    expect((await t.request('GET', '/api/v4/users/me', { token: created.body.token })).status).toBe(200);
    const sessions = await t.request('GET', `/api/v4/users/${w.users.member.id}/sessions`, { token: w.tokens.admin });
    const opened = sessions.body.find((s: { props: Record<string, string> }) => s.props.user_access_token_id === created.body.id);
    expect(opened.expires_at).toBe(expiresAt);
  });
});
