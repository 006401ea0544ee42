/**
 * The team operations Mattermost gates on a licence or on email: this server answers them as an
 * unlicensed Team Edition server with the default configuration does.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { setMailSender, type MailSender, type OutgoingMail } from '../../../app/email';
import { createToken, TOKEN_TYPE_TEAM_INVITATION } from '../../../app/tokens/tokens';
import { getToken, getTokensByType } from '../../../db/queries/tokens';
import { getActiveTeamMember } from '../../../db/queries/teams';
import { tokens } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import type { MattermostConfig } from '../../../server/config';

describe('licensed and email-dependent team operations', () => {
  let t: TestServer;
  let w: World;
  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  it('UpdateTeamScheme: a bad scheme id is a 400, anything else the licence 501', async () => {
    const url = `/api/v4/teams/${w.team.id}/scheme`;
    expectAppError(await t.request('PUT', url, { token: w.tokens.member, body: { scheme_id: 'bad' } }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('PUT', url, { token: w.tokens.member, body: { scheme_id: 'a'.repeat(26) } }), 501, 'api.team.update_team_scheme.license.error');
    expectAppError(await t.request('PUT', url, { token: w.tokens.admin, body: { scheme_id: '' } }), 501, 'api.team.update_team_scheme.license.error');
  });

  it('InviteGuestsToTeam: the licence 501 before anything else', async () => {
    const res = await t.request('POST', `/api/v4/teams/${w.team.id}/invite-guests/email`, {
      token: w.tokens.admin,
      body: { emails: ['g@example.com'], channels: [w.publicChannel.id] },
    });
    expectAppError(res, 501, 'api.team.invite_guests_to_channels.license.error');
  });

  it('InviteUsersToTeam: permissions, then the addresses, then email invitations being off (the default)', async () => {
    const url = `/api/v4/teams/${w.team.id}/invite/email`;
    expectAppError(await t.request('POST', url, { token: w.tokens.outsider, body: ['x@example.com'] }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('POST', url, { token: w.tokens.guest, body: ['x@example.com'] }), 403, 'api.context.permissions.app_error');
    expectAppError(await t.request('POST', url, { token: w.tokens.member, body: [] }), 400, 'api.context.invalid_body_param.app_error');
    expectAppError(await t.request('POST', url, { token: w.tokens.member, body: ['x@example.com'] }), 501, 'api.team.invite_members.disabled.app_error');
    expectAppError(
      await t.request('POST', `${url}?graceful=true`, { token: w.tokens.member, body: { emails: ['x@example.com'], channelIds: [], message: 'hi' } }),
      501,
      'api.team.invite_members.disabled.app_error',
    );
  });

  it('InvalidateEmailInvites: invalidate_email_invite, and there is nothing to invalidate', async () => {
    expectAppError(await t.request('DELETE', '/api/v4/teams/invites/email', { token: w.tokens.teamAdmin }), 403, 'api.context.permissions.app_error');
    const res = await t.request('DELETE', '/api/v4/teams/invites/email', { token: w.tokens.admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'OK' });
  });

  describe('with email invitations on', () => {
    const sent: OutgoingMail[] = [];
    let failing = false;
    let previous: MailSender;
    const editConfig = async (edit: (c: MattermostConfig) => void) => {
      const config = structuredClone(t.running.context.config.storedConfig());
      edit(config);
      await t.running.context.config.save(config);
    };
    const tokenOf = (mail: OutgoingMail) => decodeURIComponent(/[?&]t=([a-z0-9]+)/.exec(mail.text)![1]);

    beforeAll(async () => {
      previous = setMailSender(async (_config, mail) => {
        if (failing) throw new Error('smtp down');
        sent.push(mail);
      });
      await editConfig((c) => (c.ServiceSettings.EnableEmailInvitations = true));
    });
    afterAll(async () => {
      setMailSender(previous);
      await editConfig((c) => (c.ServiceSettings.EnableEmailInvitations = false));
    });

    it('mails one single-use sign-up link per address', async () => {
      sent.length = 0;
      const res = await t.request('POST', `/api/v4/teams/${w.team.id}/invite/email`, { token: w.tokens.member, body: ['New.Person@Example.com'] });
      expect(res.body).toEqual({ status: 'OK' });
      expect(sent).toHaveLength(1);
      expect(sent[0].to).toBe('new.person@example.com');
      expect(sent[0].text).toContain('/signup_user_complete/?d=');
      const token = await getToken(t.running.context.db, tokenOf(sent[0]));
      expect(token).toMatchObject({ type: 'team_invitation' });
      expect(JSON.parse(token!.extra)).toMatchObject({ teamId: w.team.id, email: 'new.person@example.com' });
    });

    it("refuses addresses outside the team's allowed domains (all of them, or per address with graceful)", async () => {
      const team = (await t.request('POST', '/api/v4/teams', { token: w.tokens.member, body: { name: `inv-${Date.now().toString(36)}`, display_name: 'Inv', type: 'O', allowed_domains: 'example.com' } })).body;
      const url = `/api/v4/teams/${team.id}/invite/email`;
      const refused = await t.request('POST', url, { token: w.tokens.member, body: ['a@example.com', 'b@other.org'] });
      expectAppError(refused, 400, 'api.team.invite_members.invalid_email.app_error');
      sent.length = 0;
      const graceful = await t.request('POST', `${url}?graceful=true`, { token: w.tokens.member, body: { emails: ['a@example.com', 'b@other.org'], channelIds: [], message: '' } });
      expect(graceful.status).toBe(200);
      expect(graceful.body).toEqual([
        { email: 'a@example.com', error: null },
        { email: 'b@other.org', error: expect.objectContaining({ id: 'api.team.invite_members.invalid_email.app_error', status_code: 400 }) },
      ]);
      expect(sent.map((m) => m.to)).toEqual(['a@example.com']);
    });

    it('reports a mail that cannot be sent per address with graceful, and not without', async () => {
      failing = true;
      try {
        const url = `/api/v4/teams/${w.team.id}/invite/email`;
        expect((await t.request('POST', url, { token: w.tokens.member, body: ['x@example.com'] })).body).toEqual({ status: 'OK' });
        const graceful = await t.request('POST', `${url}?graceful=true`, { token: w.tokens.member, body: ['x@example.com', 'y@example.com'] });
        expect(graceful.body.map((r: { error: { id: string } }) => r.error.id)).toEqual([
          'api.team.invite_members.unable_to_send_email_with_defaults.app_error',
          'api.team.invite_members.unable_to_send_email_with_defaults.app_error',
        ]);
      } finally {
        failing = false;
      }
    });

    it('joins the team with the token, once; guests and stale tokens are refused', async () => {
      sent.length = 0;
      await t.request('POST', `/api/v4/teams/${w.otherTeam.id}/invite/email`, { token: w.tokens.outsider, body: ['joiner@example.com'] });
      const token = tokenOf(sent[0]);
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?token=${token}`, { token: w.tokens.guest }), 400, 'api.user.create_user.invalid_invitation_type.app_error');
      const user = await createUser(t, uniqueUser('joiner'), w.tokens.admin);
      const userToken = await login(t, user.username, user.password);
      const joined = await t.request('POST', `/api/v4/teams/members/invite?token=${token}`, { token: userToken });
      expect(joined.status).toBe(201);
      expect(joined.body).toMatchObject({ team_id: w.otherTeam.id, user_id: user.id });
      expect(await getActiveTeamMember(t.running.context.db, w.otherTeam.id, user.id)).toBeDefined();
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?token=${token}`, { token: userToken }), 400, 'api.user.create_user.signup_link_invalid.app_error');

      const stale = await createToken(t.running.context.db, TOKEN_TYPE_TEAM_INVITATION, { teamId: w.otherTeam.id, email: 'old@example.com' });
      await t.running.context.db.update(tokens).set({ createAt: Date.now() - 49 * 60 * 60 * 1000 }).where(eq(tokens.token, stale.token));
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?token=${stale.token}`, { token: userToken }), 400, 'api.user.create_user.signup_link_expired.app_error');
      expect(await getToken(t.running.context.db, stale.token)).toBeUndefined();
      const wrongKind = await createToken(t.running.context.db, 'password_recovery', { UserId: user.id });
      expectAppError(await t.request('POST', `/api/v4/teams/members/invite?token=${wrongKind.token}`, { token: userToken }), 400, 'api.user.create_user.signup_link_invalid.app_error');
    });

    it('InvalidateEmailInvites removes every outstanding invitation', async () => {
      await t.request('POST', `/api/v4/teams/${w.team.id}/invite/email`, { token: w.tokens.member, body: ['later@example.com'] });
      expect((await getTokensByType(t.running.context.db, 'team_invitation')).length).toBeGreaterThan(0);
      expect((await t.request('DELETE', '/api/v4/teams/invites/email', { token: w.tokens.admin })).status).toBe(200);
      expect(await getTokensByType(t.running.context.db, 'team_invitation')).toEqual([]);
    });
  });
});
