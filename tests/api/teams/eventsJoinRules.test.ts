/**
 * The rules of joining a team that Mattermost's JoinUserToTeam applies, wherever the join comes
 * from (API, invitation, team creation, the app layer): allowed domains, the size limit with
 * its two error ids and deactivated accounts left out, a returning member written afresh,
 * update_at, the join/leave messages setting, a guest invitation's channels; and the team
 * fields creation stores as an unlicensed Mattermost does.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { contractViolations, rawSocket } from '../../helpers/wsClient';
import { createTeam } from '../../../app/teams/createTeam';
import { joinTeam } from '../../../app/teams/membership';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { createToken, TOKEN_TYPE_GUEST_INVITATION } from '../../../app/tokens/tokens';
import { getChannelByName, getChannelMember } from '../../../db/queries/channels';
import { getTeamMemberRow } from '../../../db/queries/teams';
import { getUserById, updateUserFields } from '../../../db/queries/users';
import { newId } from '../../../server/ids';
import type { MattermostConfig } from '../../../server/config';
import type { TeamRow, UserRow } from '../../../db/schema';

const base = '/api/v4';

describe('joining a team: the rules and what creation stores', () => {
  let t: TestServer;
  let w: World;
  let url: string;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
  });
  afterAll(() => t.close());
  afterEach(() => {
    expectNoViolations(t);
    expect(contractViolations()).toEqual([]);
  });

  const server = () => t.running.context;
  const db = () => t.running.context.db;
  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(server().config.storedConfig());
    edit(config);
    await server().config.save(config);
  };
  const request = (method: string, path: string, token: string | undefined, body?: unknown) => t.request(method, `${base}${path}`, { token, body });
  async function newUser(prefix = 'jr'): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    const token = await login(t, created.username, created.password);
    return { row: (await getUserById(db(), created.id))!, token };
  }
  const newTeam = (extra: { allowed_domains?: string } = {}) =>
    createTeam(server(), { name: `jr-${newId().slice(0, 10)}`, display_name: 'Rules', type: 'O', allow_open_invite: true, ...extra }, w.users.teamAdmin);
  const add = (token: string, team: TeamRow, userId: string) => request('POST', `/teams/${team.id}/members`, token, { team_id: team.id, user_id: userId });
  const lastPost = async (channelId: string) => {
    const list = (await request('GET', `/channels/${channelId}/posts?per_page=1`, w.tokens.admin)).body;
    return list.posts[list.order[0]];
  };

  describe('allowed domains', () => {
    it('are checked by the app-level join too, not only by the API', async () => {
      const team = await newTeam();
      await request('PUT', `/teams/${team.id}/patch`, w.tokens.teamAdmin, { allowed_domains: 'corp.example' });
      const stored = { ...team, allowedDomains: 'corp.example' };
      const u = await newUser();
      await expect(joinTeam(server(), db(), stored, u.row)).rejects.toMatchObject({ id: 'api.team.join_user_to_team.allowed_domains.app_error', statusCode: 400 });
      expect(await getTeamMemberRow(db(), team.id, u.row.id)).toBeUndefined();
      await updateUserFields(db(), u.row.id, { email: `${u.row.username}@corp.example` });
      const joined = await joinTeam(server(), db(), stored, (await getUserById(db(), u.row.id))!);
      expect(joined.added).toBe(true);
    });

    it("the server's RestrictCreationToDomains applies as well", async () => {
      const team = await newTeam();
      const u = await newUser();
      await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = 'allowed.example'));
      try {
        expectAppError(await add(w.tokens.admin!, team, u.row.id), 400, 'api.team.join_user_to_team.allowed_domains.app_error');
      } finally {
        await editConfig((c) => (c.TeamSettings.RestrictCreationToDomains = ''));
      }
      expect((await add(w.tokens.admin!, team, u.row.id)).status).toBe(201);
    });
  });

  describe('MaxUsersPerTeam', () => {
    it('refuses a new member with save_member.max_accounts and a returning one with max_accounts; deactivated accounts do not count', async () => {
      const team = await newTeam(); // teamAdmin: 1 member
      const [a, b, c] = [await newUser(), await newUser(), await newUser()];
      await editConfig((cfg) => (cfg.TeamSettings.MaxUsersPerTeam = 3));
      try {
        expect((await add(w.tokens.admin!, team, a.row.id)).status).toBe(201);
        expect((await add(w.tokens.admin!, team, b.row.id)).status).toBe(201);
        const full = await add(w.tokens.admin!, team, c.row.id);
        expectAppError(full, 400, 'app.team.join_user_to_team.save_member.max_accounts.app_error');
        expect(await getTeamMemberRow(db(), team.id, c.row.id)).toBeUndefined();

        // b leaves, c takes the place: b may not come back
        expect((await request('DELETE', `/teams/${team.id}/members/${b.row.id}`, b.token)).status).toBe(200);
        expect((await add(w.tokens.admin!, team, c.row.id)).status).toBe(201);
        expectAppError(await add(w.tokens.admin!, team, b.row.id), 400, 'app.team.join_user_to_team.max_accounts.app_error');

        // a deactivated member leaves a place free
        expect((await request('PUT', `/users/${a.row.id}/active`, w.tokens.admin, { active: false })).status).toBe(200);
        expect((await add(w.tokens.admin!, team, b.row.id)).status).toBe(201);
      } finally {
        await editConfig((cfg) => (cfg.TeamSettings.MaxUsersPerTeam = 50));
      }
    });
  });

  it('a returning member is written afresh: explicit roles and admin flag go, create_at is new', async () => {
    const team = await newTeam();
    const u = await newUser();
    await add(w.tokens.admin!, team, u.row.id);
    await request('PUT', `/teams/${team.id}/members/${u.row.id}/roles`, w.tokens.teamAdmin, { roles: 'team_user team_admin' });
    const first = (await getTeamMemberRow(db(), team.id, u.row.id))!;
    expect(first.schemeAdmin).toBe(true);
    await request('DELETE', `/teams/${team.id}/members/${u.row.id}`, u.token);
    await new Promise((r) => setTimeout(r, 5));
    const back = await add(w.tokens.admin!, team, u.row.id);
    expect(back.body).toMatchObject({ roles: 'team_user', scheme_admin: false, delete_at: 0, explicit_roles: '' });
    expect((await getTeamMemberRow(db(), team.id, u.row.id))!.createAt).toBeGreaterThan(first.createAt);
  });

  it('moves the user update_at when joining and when leaving', async () => {
    const team = await newTeam();
    const u = await newUser();
    const before = (await getUserById(db(), u.row.id))!.updateAt;
    await new Promise((r) => setTimeout(r, 5));
    await add(u.token, team, u.row.id);
    const joined = (await getUserById(db(), u.row.id))!.updateAt;
    expect(joined).toBeGreaterThan(before);
    await new Promise((r) => setTimeout(r, 5));
    await request('DELETE', `/teams/${team.id}/members/${u.row.id}`, u.token);
    expect((await getUserById(db(), u.row.id))!.updateAt).toBeGreaterThan(joined);
  });

  it('with ExperimentalEnableDefaultChannelLeaveJoinMessages off: no messages, the events still go', async () => {
    const team = await newTeam();
    const town = (await getChannelByName(db(), team.id, 'town-square'))!;
    const before = await lastPost(town.id);
    const u = await newUser('quiet');
    const s = await rawSocket(url, { token: u.token });
    await s.event('hello');
    await editConfig((c) => (c.ServiceSettings.ExperimentalEnableDefaultChannelLeaveJoinMessages = false));
    try {
      expect((await add(u.token, team, u.row.id)).status).toBe(201);
      await s.event('added_to_team', 2);
      expect(s.frames.filter((f) => f.event === 'user_added')).toHaveLength(2);
      expect(s.frames.filter((f) => f.event === 'posted')).toHaveLength(0);
      expect((await lastPost(town.id)).id).toBe(before.id);
      expect((await request('DELETE', `/teams/${team.id}/members/${u.row.id}`, u.token)).status).toBe(200);
      await s.event('leave_team');
      expect((await lastPost(town.id)).id).toBe(before.id);
    } finally {
      await editConfig((c) => (c.ServiceSettings.ExperimentalEnableDefaultChannelLeaveJoinMessages = true));
      s.close();
    }
  });

  it('leaving with join/leave messages on needs town-square (Mattermost answers 404 without it) and changes nothing', async () => {
    const team = await newTeam();
    const u = await newUser();
    await add(u.token, team, u.row.id);
    const town = (await getChannelByName(db(), team.id, 'town-square'))!;
    const { updateChannelFields } = await import('../../../db/queries/channels');
    await updateChannelFields(db(), town.id, { deleteAt: Date.now() });
    expectAppError(await request('DELETE', `/teams/${team.id}/members/${u.row.id}`, u.token), 404, 'app.channel.get_by_name.missing.app_error');
    expect((await getTeamMemberRow(db(), team.id, u.row.id))!.deleteAt).toBe(0);
    expect(await getChannelMember(db(), town.id, u.row.id)).toBeDefined();
  });

  it('a guest invitation joins the team and its channels: user_added for each channel, no channel message', async () => {
    const team = await newTeam();
    const blank = { header: '', purpose: '' };
    const channel = await createTeamChannel(db(), team.id, { ...blank, type: 'P', name: `g-${newId().slice(0, 8)}`, display_name: 'G' }, w.users.teamAdmin);
    const guest = await newUser('ginv');
    await updateUserFields(db(), guest.row.id, { roles: 'system_guest' });
    const session = await server().sessions.create({ userId: guest.row.id, roles: 'system_guest', lengthHours: 1, props: { is_guest: 'true' } });
    const token = await createToken(db(), TOKEN_TYPE_GUEST_INVITATION, { teamId: team.id, email: guest.row.email, channels: channel.id });
    const s = await rawSocket(url, { token: session.token });
    await s.event('hello');
    try {
      expect((await request('POST', `/teams/members/invite?token=${token.token}`, session.token)).status).toBe(201);
      const [added] = await s.event('user_added');
      expect(added.data).toEqual({ user_id: guest.row.id, team_id: team.id });
      expect(added.broadcast.channel_id).toBe(channel.id);
      await s.event('added_to_team');
      expect(s.frames.filter((f) => f.event === 'posted')).toEqual([]);
      expect(await getChannelMember(db(), channel.id, guest.row.id)).toBeDefined();
    } finally {
      s.close();
    }
  });

  describe('creation', () => {
    it('stores a scheme id (for those who may manage permissions) and the group constraint, as an unlicensed Mattermost', async () => {
      const schemeId = newId();
      const res = await request('POST', '/teams', w.tokens.admin, { name: `sc-${newId().slice(0, 8)}`, display_name: 'S', type: 'O', scheme_id: schemeId, group_constrained: false });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ scheme_id: schemeId, group_constrained: false });
      expect(res.body).not.toHaveProperty('last_team_icon_update');
      const plain = await request('POST', '/teams', w.tokens.member, { name: `pl-${newId().slice(0, 8)}`, display_name: 'P', type: 'O' });
      expect(plain.body).toMatchObject({ scheme_id: null, group_constrained: null });
      expectAppError(await request('POST', '/teams', w.tokens.admin, { name: `bad-${newId().slice(0, 8)}`, display_name: 'B', type: 'O', scheme_id: 'x'.repeat(27) }), 400, 'api.context.invalid_body_param.app_error');
      expectAppError(await request('POST', '/teams', w.tokens.admin, { name: `bad-${newId().slice(0, 8)}`, display_name: 'B', type: 'O', group_constrained: 'yes' }), 400, 'api.context.invalid_body_param.app_error');
    });

    it('a group-constrained team made at creation refuses members, as one patched later does', async () => {
      const created = await request('POST', '/teams', w.tokens.admin, { name: `gc-${newId().slice(0, 8)}`, display_name: 'G', type: 'O', group_constrained: true });
      expect(created.body.group_constrained).toBe(true);
      expectAppError(await request('POST', `/teams/${created.body.id}/members`, w.tokens.admin, { team_id: created.body.id, user_id: w.users.member.id }), 400, 'api.team.add_members.user_denied');
    });

    it('answers last_team_icon_update once the team has an icon time', async () => {
      const team = await newTeam();
      const res = await request('PUT', `/teams/${team.id}`, w.tokens.teamAdmin, { id: team.id, display_name: 'Icon', last_team_icon_update: 1234 });
      expect(res.body.last_team_icon_update).toBe(1234);
      const res2 = await request('GET', `/teams/${team.id}`, w.tokens.teamAdmin);
      expect(res2.body.last_team_icon_update).toBe(1234);
    });
  });
});
