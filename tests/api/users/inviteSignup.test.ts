import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import type { MattermostConfig } from '../../../server/config';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectAppError, expectNoViolations, uniqueUser } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { createToken, findToken, INVITATION_EXPIRY_MS, TOKEN_TYPE_GUEST_INVITATION, TOKEN_TYPE_TEAM_INVITATION } from '../../../app/tokens/tokens';
import { getTeamMemberRow, getTeamById, updateTeamFields } from '../../../db/queries/teams';
import { getUserByEmail, getUserByUsername } from '../../../db/queries/users';
import { getPreferencesByCategory } from '../../../db/queries/preferences';
import { getChannelByName, getChannelMember } from '../../../db/queries/channels';
import { tokens } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import { linkIn, startMailbox, type Mailbox } from './mailbox';

/** POST /users?t= (emailed invitation) and ?iid= (team invite link), on a server closed to open sign-up. */
describe('sign-up through an invitation', () => {
  let t: TestServer;
  let w: World;
  let mail: Mailbox;
  const server = () => t.running.context;
  const db = () => t.running.context.db;
  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(server().config.storedConfig());
    edit(config);
    await server().config.save(config);
  };
  const invite = async (email: string, extra: Record<string, string> = {}, type = TOKEN_TYPE_TEAM_INVITATION) =>
    (await createToken(db(), type, { teamId: w.team.id, email, ...extra })).token;
  const signUp = (body: unknown, query: string) => t.request('POST', `/api/v4/users?${query}`, { body });

  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({
      env: {
        MM_EMAILSETTINGS_SMTPSERVER: '127.0.0.1',
        MM_EMAILSETTINGS_SMTPPORT: String(mail.port),
        MM_EMAILSETTINGS_SENDEMAILNOTIFICATIONS: 'true',
        MM_SERVICESETTINGS_ENABLEEMAILINVITATIONS: 'true',
      },
    });
    w = await buildWorld(t);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });
  afterEach(() => expectNoViolations(t));

  it('the official client signs up with an emailed invitation: verified, in the team and its default channels, token used up', async () => {
    const user = uniqueUser('invited');
    const sent = await t.request('POST', `/api/v4/teams/${w.team.id}/invite/email`, { token: w.tokens.teamAdmin, body: [user.email] });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const token = linkIn(await mail.waitFor(user.email), 'signup_user_complete').searchParams.get('t')!;
    expect(await findToken(db(), token)).toBeDefined();

    const url = await t.listen();
    const client = new Client4();
    client.setUrl(url);
    const created = await client.createUser({ ...user } as never, token, '');
    expect(created.email).toBe(user.email);
    expect(created.roles).toBe('system_user');
    expect((created as unknown as { email_verified: boolean }).email_verified).toBe(true);

    expect((await getTeamMemberRow(db(), w.team.id, created.id))?.deleteAt).toBe(0);
    const townSquare = (await getChannelByName(db(), w.team.id, 'town-square'))!;
    expect(await getChannelMember(db(), townSquare.id, created.id)).toBeDefined();
    const dms = await getPreferencesByCategory(db(), created.id, 'direct_channel_show');
    expect(dms.length).toBeGreaterThan(0);
    expect(dms.length).toBeLessThanOrEqual(10);
    expect(await findToken(db(), token)).toBeUndefined();

    const again = await signUp({ ...uniqueUser(), email: user.email }, `t=${token}`);
    expectAppError(again, 404, 'api.user.create_user.signup_link_invalid.app_error');
  });

  it('the official client signs up with the team invite id, unverified and in the team', async () => {
    const url = await t.listen();
    const client = new Client4();
    client.setUrl(url);
    const team = (await getTeamById(db(), w.team.id))!;
    const user = uniqueUser('iid');
    const created = await client.createUser({ ...user } as never, '', team.inviteId);
    expect((created as unknown as { email_verified: boolean }).email_verified).toBe(false);
    expect((await getTeamMemberRow(db(), w.team.id, created.id))?.deleteAt).toBe(0);
  });

  it('a team invitation naming channels joins them too (only the team’s, not archived)', async () => {
    const user = uniqueUser('chan');
    const token = await invite(user.email, { channels: `${w.privateChannel.id} ${w.otherTeam.id}` });
    const res = await signUp(user, `t=${token}`);
    expect(res.status).toBe(201);
    expect(await getChannelMember(db(), w.privateChannel.id, res.body.id)).toBeDefined();
  });

  it('refuses unknown, used, wrong-kind and expired tokens', async () => {
    const unknown = await signUp(uniqueUser(), `t=${'x'.repeat(64)}`);
    expectAppError(unknown, 404, 'api.user.create_user.signup_link_invalid.app_error');

    const wrongKind = (await createToken(db(), 'password_recovery', { UserId: w.users.member.id })).token;
    const user = uniqueUser('kind');
    expectAppError(await signUp(user, `t=${wrongKind}`), 400, 'api.user.create_user.signup_link_invalid.app_error');

    const expired = await invite(user.email);
    await db().update(tokens).set({ createAt: Date.now() - INVITATION_EXPIRY_MS - 1 }).where(eq(tokens.token, expired));
    expectAppError(await signUp(user, `t=${expired}`), 400, 'api.user.create_user.signup_link_expired.app_error');
    expect(await findToken(db(), expired)).toBeUndefined();
    expect(await getUserByEmail(db(), user.email)).toBeUndefined();
  });

  it('refuses an address other than the invited one, and a token whose team is gone', async () => {
    const user = uniqueUser('mismatch');
    const token = await invite('someone.else@example.com');
    expectAppError(await signUp(user, `t=${token}`), 400, 'api.user.create_user.bad_token_email_data.app_error');
    expect(await findToken(db(), token)).toBeDefined();

    const orphan = (await createToken(db(), TOKEN_TYPE_TEAM_INVITATION, { teamId: 'a'.repeat(26), email: user.email })).token;
    expectAppError(await signUp(user, `t=${orphan}`), 404, 'app.team.get.find.app_error');
    expect(await getUserByEmail(db(), user.email)).toBeUndefined();
  });

  it('guest invitations are refused without a licence', async () => {
    const user = uniqueUser('guest');
    const token = await invite(user.email, {}, TOKEN_TYPE_GUEST_INVITATION);
    expectAppError(await signUp(user, `t=${token}`), 400, 'api.user.create_user.guest_accounts.license.app_error');
    expect(await getUserByEmail(db(), user.email)).toBeUndefined();
  });

  it('refuses an unknown invite id and a group-constrained team', async () => {
    expectAppError(await signUp(uniqueUser(), `iid=${'z'.repeat(26)}`), 404, 'app.team.get_by_invite_id.finding.app_error');
    const team = (await getTeamById(db(), w.team.id))!;
    await updateTeamFields(db(), team.id, { groupConstrained: true });
    try {
      expectAppError(await signUp(uniqueUser(), `iid=${team.inviteId}`), 403, 'app.team.invite_id.group_constrained.error');
    } finally {
      await updateTeamFields(db(), team.id, { groupConstrained: false });
    }
  });

  it("applies the team's allowed domains (403 for the invite link) and writes nothing when the join fails", async () => {
    const team = (await getTeamById(db(), w.team.id))!;
    await updateTeamFields(db(), team.id, { allowedDomains: 'corp.example' });
    try {
      const outside = uniqueUser('outside');
      expectAppError(await signUp(outside, `iid=${team.inviteId}`), 403, 'api.team.invite_members.invalid_email.app_error');

      // An emailed invitation checks the team's domains when joining: the account is not kept.
      const token = await invite(outside.email);
      expectAppError(await signUp(outside, `t=${token}`), 400, 'api.team.join_user_to_team.allowed_domains.app_error');
      expect(await getUserByUsername(db(), outside.username)).toBeUndefined();
      expect(await findToken(db(), token)).toBeDefined();

      const inside = { ...uniqueUser('inside') };
      inside.email = `${inside.username}@corp.example`;
      expect((await signUp(inside, `iid=${team.inviteId}`)).status).toBe(201);
    } finally {
      await updateTeamFields(db(), team.id, { allowedDomains: '' });
    }
  });

  it('a full team refuses the join and keeps no account', async () => {
    await editConfig((c) => (c.TeamSettings.MaxUsersPerTeam = 1));
    try {
      const user = uniqueUser('full');
      const team = (await getTeamById(db(), w.team.id))!;
      expectAppError(await signUp(user, `iid=${team.inviteId}`), 400, 'app.team.join_user_to_team.save_member.max_accounts.app_error');
      expect(await getUserByUsername(db(), user.username)).toBeUndefined();
    } finally {
      await editConfig((c) => (c.TeamSettings.MaxUsersPerTeam = 50));
    }
  });

  it('needs sign-up enabled (501) but not an open server; RestrictCreationToDomains applies', async () => {
    const team = (await getTeamById(db(), w.team.id))!;
    await editConfig((c) => (c.TeamSettings.EnableUserCreation = false));
    try {
      expectAppError(await signUp(uniqueUser(), `iid=${team.inviteId}`), 501, 'api.user.create_user.signup_email_disabled.app_error');
      const user = uniqueUser('closed');
      expectAppError(await signUp(user, `t=${await invite(user.email)}`), 501, 'api.user.create_user.signup_email_disabled.app_error');
    } finally {
      await editConfig((c) => (c.TeamSettings.EnableUserCreation = true));
    }
    expect(server().config.get().TeamSettings.EnableOpenServer).toBe(false);
    await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = 'corp.example'));
    try {
      expectAppError(await signUp(uniqueUser(), `iid=${team.inviteId}`), 400, 'api.user.create_user.accepted_domain.app_error');
    } finally {
      await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = ''));
    }
  });

  it('refuses taken usernames and addresses with the store ids, keeping the token', async () => {
    const user = { ...uniqueUser('dupe'), username: w.users.member.username };
    const token = await invite(user.email);
    expectAppError(await signUp(user, `t=${token}`), 400, 'app.user.save.username_exists.app_error');
    expect(await findToken(db(), token)).toBeDefined();
  });
});
