import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client4 } from '@mattermost/client';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { expectNoViolations } from '../../helpers/fixtures';
import { buildWorld, type World } from '../../helpers/world';
import { linkIn, startMailbox, type Mailbox } from './mailbox';
import { totpCode } from './totp';

/** The official JavaScript client against a listening server: the calls the web and mobile apps make. */
describe('users, preferences and statuses through @mattermost/client', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  let mail: Mailbox;
  const client = async (persona: 'member' | 'admin' | 'outsider' | 'teamAdmin') => {
    const c = new Client4();
    c.setUrl(url);
    c.setToken(w.tokens[persona]!);
    return c;
  };
  beforeAll(async () => {
    mail = await startMailbox();
    t = await startTestServer({
      env: {
        MM_EMAILSETTINGS_SMTPSERVER: '127.0.0.1',
        MM_EMAILSETTINGS_SMTPPORT: String(mail.port),
        MM_SERVICESETTINGS_ENABLEMULTIFACTORAUTHENTICATION: 'true',
      },
    });
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });
  afterEach(() => expectNoViolations(t));

  it('lists, searches and autocompletes users', async () => {
    const c = await client('member');
    const inTeam = await c.getProfilesInTeam(w.team.id, 0, 100);
    expect(inTeam.map((u) => u.id).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id, w.users.guest.id].sort());
    const notInChannel = await c.getProfilesNotInChannel(w.team.id, w.privateChannel.id, false, 0, 100);
    expect(notInChannel.map((u) => u.id)).toEqual([w.users.guest.id]);
    const byIds = await c.getProfilesByIds([w.users.admin.id]);
    expect(byIds[0].username).toBe(w.users.admin.username);
    const found = await c.searchUsers(w.users.outsider.username, { allow_inactive: false });
    expect(found.map((u) => u.id)).toEqual([w.users.outsider.id]);
    const ac = await c.autocompleteUsers('', w.team.id, w.privateChannel.id, { limit: 25 });
    expect(ac.users.map((u) => u.id).sort()).toEqual([w.users.teamAdmin.id, w.users.member.id].sort());
    expect(ac.out_of_channel!.map((u) => u.id)).toEqual([w.users.guest.id]);
    const stats = await c.getTotalUsersStats();
    expect(stats.total_users_count).toBeGreaterThanOrEqual(5);
    const known = await c.getKnownUsers();
    expect(known).toContain(w.users.teamAdmin.id);
    const me = await c.patchMe({ nickname: 'via-client' });
    expect(me.nickname).toBe('via-client');
  });

  it('manages sessions', async () => {
    const c = new Client4();
    c.setUrl(url);
    const { username } = w.users.outsider;
    await c.login(username, 'Passw0rd!x');
    const sessions = await c.getSessions(w.users.outsider.id);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const admin = await client('admin');
    await admin.revokeAllSessionsForUser(w.users.outsider.id);
    await expect(c.getMe()).rejects.toMatchObject({ status_code: 401 });
    w.tokens.outsider = (await (async () => {
      const again = new Client4();
      again.setUrl(url);
      await again.login(username, 'Passw0rd!x');
      return again.getToken();
    })()) as string;
  });

  it('resets a password by mail', async () => {
    const c = new Client4();
    c.setUrl(url);
    await c.sendPasswordResetEmail(w.users.teamAdmin.email);
    const message = await mail.waitFor(w.users.teamAdmin.email);
    const token = linkIn(message, 'token=').searchParams.get('token')!;
    await c.resetUserPassword(token, 'Reset-by-mail-1');
    const profile = await c.login(w.users.teamAdmin.username, 'Reset-by-mail-1');
    expect(profile.id).toBe(w.users.teamAdmin.id);
    w.tokens.teamAdmin = c.getToken();
  });

  it('turns MFA on and logs in with a code', async () => {
    const c = await client('member');
    const { secret } = await c.generateMfaSecret(w.users.member.id);
    await c.updateUserMfa(w.users.member.id, true, totpCode(secret));
    const fresh = new Client4();
    fresh.setUrl(url);
    await expect(fresh.login(w.users.member.username, 'Passw0rd!x')).rejects.toMatchObject({ server_error_id: 'mfa.validate_token.authenticate.app_error' });
    const profile = await fresh.login(w.users.member.username, 'Passw0rd!x', totpCode(secret));
    expect(profile.mfa_active).toBe(true);
    await fresh.updateUserMfa(w.users.member.id, false, '');
  });

  it('creates a personal access token and uses it', async () => {
    const admin = await client('admin');
    await admin.patchConfig({ ServiceSettings: { EnableUserAccessTokens: true } } as never);
    const token = await admin.createUserAccessToken(w.users.admin.id, 'ci');
    const bearer = new Client4();
    bearer.setUrl(url);
    bearer.setToken(token.token!);
    expect((await bearer.getMe()).id).toBe(w.users.admin.id);
    const list = await admin.getUserAccessTokensForUser(w.users.admin.id);
    expect(list.map((x) => x.id)).toContain(token.id);
    await admin.revokeUserAccessToken(token.id);
    await expect(bearer.getMe()).rejects.toMatchObject({ status_code: 401 });
  });

  it('saves and deletes preferences, sets statuses and a custom status', async () => {
    const c = await client('outsider');
    const id = w.users.outsider.id;
    await c.savePreferences(id, [{ user_id: id, category: 'display_settings', name: 'use_military_time', value: 'true' }]);
    const prefs = (await c.getMyPreferences()) as unknown as Array<{ name: string; value: string }>;
    expect(prefs.find((p) => p.name === 'use_military_time')?.value).toBe('true');
    await c.deletePreferences(id, [{ user_id: id, category: 'display_settings', name: 'use_military_time', value: '' }]);

    const dnd = await c.updateStatus({ user_id: id, status: 'dnd', dnd_end_time: Math.floor(Date.now() / 1000) + 600 } as never);
    expect(dnd.status).toBe('dnd');
    expect((await c.getStatus(id)).status).toBe('dnd');
    const statuses = await c.getStatusesByIds([id, w.users.admin.id]);
    expect(statuses.map((s) => s.status)).toEqual(['dnd', 'offline']);
    await c.updateCustomStatus({ emoji: 'taco', text: 'Lunch' } as never);
    expect(JSON.parse((await c.getMe()).props.customStatus)).toMatchObject({ emoji: 'taco', text: 'Lunch' });
    await c.unsetCustomStatus();
  });
});
