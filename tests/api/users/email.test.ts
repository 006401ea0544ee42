import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { bootstrapAdmin, createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { getUserById } from '../../../db/queries/users';
import { getToken } from '../../../db/queries/tokens';
import { linkIn, startMailbox, type Mailbox } from './mailbox';
import { sendTeamInviteEmail } from '../../../app/email';

describe('mail: password reset and email verification over SMTP', () => {
  let t: TestServer;
  let mail: Mailbox;
  let adminToken: string;
  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({
      env: {
        MM_EMAILSETTINGS_SMTPSERVER: '127.0.0.1',
        MM_EMAILSETTINGS_SMTPPORT: String(mail.port),
        MM_EMAILSETTINGS_FEEDBACKEMAIL: 'noreply@chat.example.com',
        MM_EMAILSETTINGS_FEEDBACKNAME: 'Example Chat',
        MM_SERVICESETTINGS_SITEURL: 'https://chat.example.com',
        MM_SERVICESETTINGS_MAXIMUMLOGINATTEMPTS: '2',
      },
    });
    adminToken = (await bootstrapAdmin(t)).token;
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });
  afterEach(() => expectNoViolations(t));

  it('resets a password end to end: mail with a single-use link, old password gone, lockout cleared', async () => {
    const user = await createUser(t, uniqueUser('reset'), adminToken);
    for (let i = 0; i < 2; i++) await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: 'bad-guess' } });
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password } }), 401, 'api.user.check_user_login_attempts.too_many.app_error');

    const sent = await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: user.email.toUpperCase() } });
    expect(sent.body).toEqual({ status: 'OK' });
    const message = await mail.waitFor(user.email, /Reset your password/);
    expect(message.from?.value[0]).toMatchObject({ address: 'noreply@chat.example.com', name: 'Example Chat' });
    const link = linkIn(message, '/reset_password_complete?token=');
    expect(link.origin).toBe('https://chat.example.com');
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^[a-z0-9]{64}$/);
    expect(message.html).toContain(token);

    expectAppError(await t.request('POST', '/api/v4/users/password/reset', { body: { token, new_password: 'x' } }), 400, 'model.user.is_valid.pwd.app_error');
    expect((await t.request('POST', '/api/v4/users/password/reset', { body: { token, new_password: 'Brand-new-1' } })).status).toBe(200);
    expectAppError(await t.request('POST', '/api/v4/users/password/reset', { body: { token, new_password: 'Another-new-1' } }), 400, 'api.user.reset_password.invalid_link.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/login', { body: { login_id: user.username, password: user.password } }), 401, 'api.user.login.invalid_credentials_email_username');
    await login(t, user.username, 'Brand-new-1');
  });

  it('answers OK for unknown addresses without sending, and checks the token', async () => {
    const before = mail.messages.length;
    expect((await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: 'nobody@nowhere.example' } })).status).toBe(200);
    expect(mail.messages.length).toBe(before);
    expectAppError(await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: '' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/password/reset', { body: { token: 'short', new_password: 'Whatever-1' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', '/api/v4/users/password/reset', { body: { token: 'a'.repeat(64), new_password: 'Whatever-1' } }), 400, 'api.user.reset_password.invalid_link.app_error');
  });

  it('a new reset link replaces the previous one; an expired link is refused', async () => {
    const user = await createUser(t, uniqueUser('twice'), adminToken);
    await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: user.email } });
    const first = linkIn(await mail.waitFor(user.email), 'token=').searchParams.get('token')!;
    await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: user.email } });
    await new Promise((r) => setTimeout(r, 100));
    expect(await getToken(t.running.context.db, first)).toBeUndefined();
    const { tokens } = await import('../../../db/schema');
    const { eq } = await import('drizzle-orm');
    const rows = await t.running.context.db.select().from(tokens).where(eq(tokens.type, 'password_recovery'));
    const mine = rows.find((r) => JSON.parse(r.extra).UserId === user.id)!;
    await t.running.context.db.update(tokens).set({ createAt: Date.now() - 25 * 3600 * 1000 }).where(eq(tokens.token, mine.token));
    expectAppError(await t.request('POST', '/api/v4/users/password/reset', { body: { token: mine.token, new_password: 'Fine-pass-1' } }), 400, 'api.user.reset_password.link_expired.app_error');
  });

  it('sends a verification mail and verifies the address with its token', async () => {
    const user = await createUser(t, uniqueUser('verify'), adminToken);
    expect((await getUserById(t.running.context.db, user.id))!.emailVerified).toBe(false);
    expect((await t.request('POST', '/api/v4/users/email/verify/send', { body: { email: user.email } })).status).toBe(200);
    expect((await t.request('POST', '/api/v4/users/email/verify/send', { body: { email: 'ghost@nowhere.example' } })).status).toBe(200);
    const message = await mail.waitFor(user.email, /Verify your email/);
    const link = linkIn(message, '/do_verify_email?token=');
    const token = link.searchParams.get('token')!;
    expectAppError(await t.request('POST', '/api/v4/users/email/verify', { body: { token: 'x'.repeat(64) } }), 400, 'api.user.verify_email.bad_link.app_error');
    expect((await t.request('POST', '/api/v4/users/email/verify', { body: { token } })).status).toBe(200);
    expect((await getUserById(t.running.context.db, user.id))!.emailVerified).toBe(true);
    expectAppError(await t.request('POST', '/api/v4/users/email/verify', { body: { token } }), 400, 'api.user.verify_email.bad_link.app_error');
  });

  it('lets an admin verify an address without a token', async () => {
    const user = await createUser(t, uniqueUser('noverify'), adminToken);
    const token = await login(t, user.username, user.password);
    expectAppError(await t.request('POST', `/api/v4/users/${user.id}/email/verify/member`, { token }), 403, 'api.context.permissions.app_error');
    const res = await t.request('POST', `/api/v4/users/${user.id}/email/verify/member`, { token: adminToken });
    expect(res.body).toMatchObject({ id: user.id, email_verified: true });
  });

  it('sends team invitations for the teams area', async () => {
    const config = t.running.context.config.get();
    await sendTeamInviteEmail(config, {
      to: 'invitee@example.com',
      senderName: 'Alice',
      teamId: 'teamid',
      teamName: 'core',
      teamDisplayName: 'Core Team',
      token: 'tok',
      siteUrl: 'https://chat.example.com',
    });
    const message = await mail.waitFor('invitee@example.com', /Alice invited you to join Core Team/);
    const link = linkIn(message, '/signup_user_complete/');
    expect(link.searchParams.get('t')).toBe('tok');
    expect(JSON.parse(link.searchParams.get('d')!)).toMatchObject({ name: 'core', id: 'teamid' });
  });
});

describe('mail: an unreachable SMTP server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MM_EMAILSETTINGS_SMTPSERVER: '127.0.0.1', MM_EMAILSETTINGS_SMTPPORT: '9' } });
    await bootstrapAdmin(t);
  });
  afterAll(() => t.close());

  it('fails the reset request as Mattermost does (500 with its id)', async () => {
    const [first] = await t.running.context.db.query.users.findMany();
    const res = await t.request('POST', '/api/v4/users/password/reset/send', { body: { email: first.email } });
    expectAppError(res, 500, 'api.user.send_password_reset.send.app_error');
  });
});
