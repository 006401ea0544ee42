/**
 * The WebSocket events team operations publish and the system messages they leave in
 * town-square, as Mattermost: data fields, broadcasts, the exact recipients (people outside the
 * team receive nothing), nothing at all when the request fails. Every frame is checked against
 * api/v4/websocket.yaml.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { contractViolations, rawSocket, waitUntil, type Frame } from '../../helpers/wsClient';
import { createTeam } from '../../../app/teams/createTeam';
import { joinTeam } from '../../../app/teams/membership';
import { getChannelByName } from '../../../db/queries/channels';
import { getUserById } from '../../../db/queries/users';
import { newId } from '../../../server/ids';
import type { MattermostConfig } from '../../../server/config';
import type { ChannelRow, TeamRow, UserRow } from '../../../db/schema';

type Socket = Awaited<ReturnType<typeof rawSocket>>;
const base = '/api/v4';
const WORLD = ['admin', 'teamAdmin', 'member', 'guest', 'outsider'] as const;

describe('team WebSocket events and system messages', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const sockets: Record<string, Socket> = {};
  const marks: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
    for (const who of WORLD) await connect(who, w.tokens[who]!);
  });
  afterAll(async () => {
    for (const s of Object.values(sockets)) s.close();
    await t.close();
  });
  beforeEach(() => restart());
  afterEach(() => {
    expectNoViolations(t);
    expect(contractViolations()).toEqual([]);
  });

  const server = () => t.running.context;
  const db = () => t.running.context.db;

  async function connect(who: string, token: string): Promise<Socket> {
    const s = await rawSocket(url, { token });
    await s.event('hello');
    sockets[who] = s;
    marks[who] = s.frames.length;
    return s;
  }

  let barriers = 0;
  /** A marker to every connection; events arrive in publish order, so what is absent by then never comes. */
  async function settle() {
    const marker = `barrier-${(barriers += 1)}`;
    server().events.publish({ event: 'preferences_changed', data: { preferences: JSON.stringify([{ category: marker }]) }, broadcast: {} });
    await Promise.all(
      Object.values(sockets).map((s) =>
        waitUntil(() => s.frames.some((f) => f.event === 'preferences_changed' && String(f.data.preferences).includes(marker)), 5000, marker),
      ),
    );
  }
  function restart() {
    for (const [who, s] of Object.entries(sockets)) marks[who] = s.frames.length;
  }
  const got = (who: string, event: string): Frame[] => sockets[who].frames.slice(marks[who]).filter((f) => f.event === event);
  const names = (who: string) =>
    sockets[who].frames
      .slice(marks[who])
      .map((f) => f.event)
      .filter((e) => e !== 'preferences_changed' && e !== 'status_change');

  async function request(method: string, path: string, token: string | undefined, body?: unknown) {
    return t.request(method, `${base}${path}`, { token, body });
  }
  async function ok(method: string, path: string, token: string | undefined, body?: unknown, status = 200) {
    const res = await request(method, path, token, body);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  }

  /** A new account outside every team, with a connected socket under `who`. */
  async function newUser(who: string): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t, uniqueUser(who.toLowerCase()), w.tokens.admin);
    const token = await login(t, created.username, created.password);
    await connect(who, token);
    await settle();
    restart();
    return { row: (await getUserById(db(), created.id))!, token };
  }

  /** A team made by teamAdmin with member and guest in it, built quietly through the app layer. */
  async function freshTeam(): Promise<TeamRow> {
    const team = await createTeam(server(), { name: `ev-${newId().slice(0, 10)}`, display_name: 'Events', type: 'O', allow_open_invite: true }, w.users.teamAdmin);
    await joinTeam(server(), db(), team, w.users.member);
    await joinTeam(server(), db(), team, w.users.guest);
    await settle();
    restart();
    return team;
  }

  const defaultChannels = async (teamId: string): Promise<[ChannelRow, ChannelRow]> => [
    (await getChannelByName(db(), teamId, 'town-square'))!,
    (await getChannelByName(db(), teamId, 'off-topic'))!,
  ];

  /** The newest post of the channel, read by the system admin. */
  async function lastPost(channelId: string) {
    const list = await ok('GET', `/channels/${channelId}/posts?per_page=1`, w.tokens.admin);
    return list.posts[list.order[0]];
  }

  const editConfig = async (edit: (c: MattermostConfig) => void) => {
    const config = structuredClone(server().config.storedConfig());
    edit(config);
    await server().config.save(config);
  };

  const expectNothingFor = (...who: string[]) => {
    for (const name of who) expect(names(name), name).toEqual([]);
  };

  describe('joining a team', () => {
    it('by oneself: "joined the team" in town-square, "joined the channel" in off-topic, user_added to each, added_to_team to the user', async () => {
      const u = await newUser('joiner');
      const before = u.row.updateAt;
      const member = await ok('POST', `/teams/${w.team.id}/members`, u.token, { team_id: w.team.id, user_id: u.row.id }, 201);
      expect(member).toMatchObject({ team_id: w.team.id, user_id: u.row.id, roles: 'team_user' });
      await settle();
      const [town, offTopic] = await defaultChannels(w.team.id);

      // Mattermost's AddTeamMember announces added_to_team once more after JoinUserToTeam did.
      expect(names('joiner')).toEqual(['posted', 'user_added', 'posted', 'user_added', 'added_to_team', 'added_to_team']);
      for (const frame of got('joiner', 'added_to_team')) {
        expect(frame.data).toEqual({ team_id: w.team.id, user_id: u.row.id });
        expect(frame.broadcast).toMatchObject({ user_id: u.row.id, team_id: '', channel_id: '' });
      }
      const added = got('joiner', 'user_added');
      expect(added.map((f) => f.broadcast.channel_id)).toEqual([town.id, offTopic.id]);
      for (const frame of added) {
        expect(frame.data).toEqual({ user_id: u.row.id, team_id: w.team.id });
        expect(frame.broadcast).toMatchObject({ user_id: '', team_id: '', omit_users: null });
      }
      // the members of the default channels see the messages and the joins; the guest is in neither
      for (const who of ['teamAdmin', 'member']) expect(names(who), who).toEqual(['posted', 'user_added', 'posted', 'user_added']);
      expectNothingFor('guest', 'outsider', 'admin');

      const joinPost = JSON.parse(got('member', 'posted')[0].data.post);
      expect(joinPost).toMatchObject({ channel_id: town.id, type: 'system_join_team', user_id: u.row.id, props: { username: u.row.username } });
      expect(await lastPost(town.id)).toMatchObject({ type: 'system_join_team', user_id: u.row.id, message: `${u.row.username} joined the team.`, props: { username: u.row.username } });
      expect(await lastPost(offTopic.id)).toMatchObject({ type: 'system_join_channel', user_id: u.row.id, props: { username: u.row.username } });
      // JoinUserToTeam touches the user
      expect((await getUserById(db(), u.row.id))!.updateAt).toBeGreaterThan(before);
    });

    it('added by someone one by one: Mattermost names no requestor there, so it reads as a join', async () => {
      const u = await newUser('added1');
      await ok('POST', `/teams/${w.team.id}/members`, w.tokens.member, { team_id: w.team.id, user_id: u.row.id }, 201);
      await settle();
      const [town] = await defaultChannels(w.team.id);
      expect(await lastPost(town.id)).toMatchObject({ type: 'system_join_team', user_id: u.row.id });
      expect(names('added1')).toEqual(['posted', 'user_added', 'posted', 'user_added', 'added_to_team', 'added_to_team']);
      for (const who of ['teamAdmin', 'member']) expect(names(who), who).toEqual(['posted', 'user_added', 'posted', 'user_added']);
      expectNothingFor('guest', 'outsider', 'admin');
    });

    it('added in a batch: "added to the team by" in town-square and "added to the channel by" in off-topic, with the props', async () => {
      const a = await newUser('batchA');
      const b = await newUser('batchB');
      const body = [a, b].map((u) => ({ team_id: w.team.id, user_id: u.row.id }));
      await ok('POST', `/teams/${w.team.id}/members/batch`, w.tokens.teamAdmin, body, 201);
      await settle();
      const [town, offTopic] = await defaultChannels(w.team.id);
      const props = (u: { row: UserRow }) => ({
        userId: w.users.teamAdmin.id,
        username: w.users.teamAdmin.username,
        addedUserId: u.row.id,
        addedUsername: u.row.username,
      });
      const list = await ok('GET', `/channels/${town.id}/posts?per_page=2`, w.tokens.admin);
      const [second, first] = list.order.map((id: string) => list.posts[id]);
      expect(first).toMatchObject({ type: 'system_add_to_team', user_id: w.users.teamAdmin.id, props: props(a) });
      expect(first.message).toBe(`${a.row.username} added to the team by ${w.users.teamAdmin.username}.`);
      expect(second).toMatchObject({ type: 'system_add_to_team', props: props(b) });
      expect(await lastPost(offTopic.id)).toMatchObject({ type: 'system_add_to_channel', user_id: w.users.teamAdmin.id, props: props(b) });

      expect(got('batchA', 'added_to_team').map((f) => f.data)).toEqual([
        { team_id: w.team.id, user_id: a.row.id },
        { team_id: w.team.id, user_id: a.row.id },
      ]);
      // one transaction for the batch, then each user's events in order: both are in the
      // default channels by the time any is published
      const join = ['posted', 'user_added', 'posted', 'user_added'];
      expect(names('batchA')).toEqual([...join, 'added_to_team', 'added_to_team', ...join]);
      expect(names('batchB')).toEqual([...join, ...join, 'added_to_team', 'added_to_team']);
      expect(got('teamAdmin', 'added_to_team')).toEqual([]);
      expectNothingFor('guest', 'outsider', 'admin');
    });

    it('by invite id: a join, with added_to_team once', async () => {
      const u = await newUser('invited');
      await ok('POST', `/teams/members/invite?invite_id=${w.team.inviteId}`, u.token, undefined, 201);
      await settle();
      const [town] = await defaultChannels(w.team.id);
      expect(await lastPost(town.id)).toMatchObject({ type: 'system_join_team', user_id: u.row.id });
      expect(names('invited')).toEqual(['posted', 'user_added', 'posted', 'user_added', 'added_to_team']);
      expectNothingFor('guest', 'outsider', 'admin');
    });

    it('a guest joins no default channel, so there is no message; only added_to_team', async () => {
      const team = await freshTeam();
      const g = await newUser('guest2');
      const { updateUserFields } = await import('../../../db/queries/users');
      await updateUserFields(db(), g.row.id, { roles: 'system_guest' });
      await ok('POST', `/teams/${team.id}/members`, w.tokens.teamAdmin, { team_id: team.id, user_id: g.row.id }, 201);
      await settle();
      expect(names('guest2')).toEqual(['added_to_team', 'added_to_team']);
      expectNothingFor('teamAdmin', 'member', 'guest', 'outsider', 'admin');
      const [town] = await defaultChannels(team.id);
      expect((await lastPost(town.id)).type).toBe('system_join_team');
      expect((await lastPost(town.id)).user_id).toBe(w.users.teamAdmin.id);
    });

    it('an existing member: no message and no user_added, only the extra added_to_team of AddTeamMember', async () => {
      const [town] = await defaultChannels(w.team.id);
      const before = await lastPost(town.id);
      await ok('POST', `/teams/${w.team.id}/members`, w.tokens.member, { team_id: w.team.id, user_id: w.users.member.id }, 201);
      await settle();
      expect(names('member')).toEqual(['added_to_team']);
      expectNothingFor('teamAdmin', 'guest', 'outsider', 'admin');
      expect((await lastPost(town.id)).id).toBe(before.id);
    });

    it('publishes nothing when the join is refused', async () => {
      const u = await newUser('refused');
      expectAppError(await request('POST', `/teams/${w.otherTeam.id}/members`, u.token, { team_id: w.otherTeam.id, user_id: u.row.id }), 403, 'api.context.permissions.app_error');
      expectAppError(await request('POST', `/teams/${w.team.id}/members`, w.tokens.member, { team_id: w.team.id, user_id: 'z'.repeat(26) }), 404, 'app.user.missing_account.const');
      const batch = [
        { team_id: w.team.id, user_id: u.row.id },
        { team_id: w.team.id, user_id: 'z'.repeat(26) },
      ];
      expectAppError(await request('POST', `/teams/${w.team.id}/members/batch`, w.tokens.teamAdmin, batch), 404, 'app.user.missing_account.const');
      expectAppError(await request('POST', '/teams/members/invite?invite_id=nope', u.token), 404, 'app.team.get_by_invite_id.finding.app_error');
      await settle();
      expectNothingFor('refused', ...WORLD);
    });
  });

  describe('creating a team', () => {
    it('the creator joins as team admin and admin of both default channels; the messages and events reach the creator only', async () => {
      const creator = await newUser('creator');
      const team = await ok('POST', '/teams', creator.token, { name: `cr-${newId().slice(0, 10)}`, display_name: 'Created', type: 'O' }, 201);
      expect(team).not.toHaveProperty('last_team_icon_update');
      await settle();
      expect(names('creator')).toEqual(['posted', 'user_added', 'posted', 'user_added', 'added_to_team']);
      expectNothingFor(...WORLD);
      const [town, offTopic] = await defaultChannels(team.id);
      expect(await lastPost(town.id)).toMatchObject({ type: 'system_join_team', user_id: creator.row.id });
      expect(await lastPost(offTopic.id)).toMatchObject({ type: 'system_join_channel', user_id: creator.row.id });
      for (const channel of [town, offTopic]) {
        const cm = await ok('GET', `/channels/${channel.id}/members/${creator.row.id}`, creator.token);
        expect(cm).toMatchObject({ scheme_admin: true, scheme_user: true });
        expect(cm.roles.split(' ').sort()).toEqual(['channel_admin', 'channel_user']);
      }
      const tm = await ok('GET', `/teams/${team.id}/members/${creator.row.id}`, creator.token);
      expect(tm).toMatchObject({ scheme_admin: true, roles: 'team_user team_admin' });
    });

    it('publishes nothing when creation is refused', async () => {
      const creator = await newUser('creator2');
      expectAppError(await request('POST', '/teams', creator.token, { name: w.team.name, display_name: 'Taken', type: 'O' }), 400, 'app.team.save.existing.app_error');
      expectAppError(await request('POST', '/teams', creator.token, { name: `x-${newId().slice(0, 8)}`, display_name: 'S', type: 'O', scheme_id: newId() }), 403, 'api.context.permissions.app_error');
      await settle();
      expectNothingFor('creator2', ...WORLD);
    });
  });

  describe('leave_team', () => {
    async function joined(who: string) {
      const u = await newUser(who);
      await ok('POST', `/teams/${w.team.id}/members`, u.token, { team_id: w.team.id, user_id: u.row.id }, 201);
      await settle();
      restart();
      return u;
    }

    it('leaving: "left the team" in town-square, leave_team to the team (omitting the user) and to the user; no channel events', async () => {
      const u = await joined('leaver');
      const before = (await getUserById(db(), u.row.id))!.updateAt;
      await ok('DELETE', `/teams/${w.team.id}/members/${u.row.id}`, u.token);
      await settle();
      const [town] = await defaultChannels(w.team.id);

      expect(names('leaver')).toEqual(['leave_team']);
      const [mine] = got('leaver', 'leave_team');
      expect(mine.data).toEqual({ user_id: u.row.id, team_id: w.team.id });
      expect(mine.broadcast).toMatchObject({ user_id: u.row.id, team_id: '', channel_id: '' });
      for (const who of ['teamAdmin', 'member']) expect(names(who), who).toEqual(['posted', 'leave_team']);
      // the guest is in the team but not in town-square
      expect(names('guest')).toEqual(['leave_team']);
      const [theirs] = got('member', 'leave_team');
      expect(theirs.data).toEqual({ user_id: u.row.id, team_id: w.team.id });
      expect(theirs.broadcast).toMatchObject({ team_id: w.team.id, user_id: '', omit_users: { [u.row.id]: true } });
      expectNothingFor('outsider', 'admin');

      expect(await lastPost(town.id)).toMatchObject({ type: 'system_leave_team', user_id: u.row.id, message: `${u.row.username} left the team.`, props: { username: u.row.username } });
      expect((await getUserById(db(), u.row.id))!.updateAt).toBeGreaterThanOrEqual(before);
    });

    it('being removed: "removed from the team", written under the removed user with their username', async () => {
      const u = await joined('removed');
      await ok('DELETE', `/teams/${w.team.id}/members/${u.row.id}`, w.tokens.teamAdmin);
      await settle();
      const [town] = await defaultChannels(w.team.id);
      expect(await lastPost(town.id)).toMatchObject({
        type: 'system_remove_from_team',
        user_id: u.row.id,
        message: `${u.row.username} removed from the team.`,
        props: { username: u.row.username },
      });
      expect(names('removed')).toEqual(['leave_team']);
      for (const who of ['teamAdmin', 'member']) expect(names(who), who).toEqual(['posted', 'leave_team']);
      expectNothingFor('outsider', 'admin');
    });

    it('publishes nothing when the removal is refused', async () => {
      const u = await joined('kept');
      expectAppError(await request('DELETE', `/teams/${w.team.id}/members/${u.row.id}`, w.tokens.guest), 403, 'api.context.permissions.app_error');
      expectAppError(await request('DELETE', `/teams/${w.team.id}/members/${w.users.admin.id}`, w.tokens.admin), 400, 'api.team.remove_user_from_team.missing.app_error');
      await settle();
      expectNothingFor('kept', ...WORLD);
    });
  });

  describe('update_team', () => {
    const expectUpdated = (team: TeamRow, fields: Record<string, unknown>, event = 'update_team') => {
      for (const who of ['teamAdmin', 'member', 'guest']) {
        const frames = got(who, event);
        expect(frames, who).toHaveLength(1);
        expect(frames[0].broadcast).toMatchObject({ team_id: team.id, user_id: '', channel_id: '' });
        const sent = JSON.parse(frames[0].data.team);
        // sanitized as Mattermost's sendTeamEvent: no contact address, no invite id
        expect(sent).toMatchObject({ id: team.id, email: '', invite_id: '', ...fields });
        expect(names(who), who).toEqual([event]);
      }
      expectNothingFor('outsider', 'admin');
    };

    it('patch, update, privacy and a new invite id each announce the sanitized team to its members only', async () => {
      const team = await freshTeam();
      const patched = await ok('PUT', `/teams/${team.id}/patch`, w.tokens.teamAdmin, { display_name: 'Patched', description: 'd' });
      await settle();
      expectUpdated(team, { display_name: 'Patched', description: 'd', update_at: patched.update_at, allowed_domains: '' });

      restart();
      await ok('PUT', `/teams/${team.id}`, w.tokens.teamAdmin, { id: team.id, display_name: 'Updated', allow_open_invite: true });
      await settle();
      expectUpdated(team, { display_name: 'Updated', description: '' });

      restart();
      await ok('PUT', `/teams/${team.id}/privacy`, w.tokens.teamAdmin, { privacy: 'I' });
      await settle();
      expectUpdated(team, { type: 'I', allow_open_invite: false });

      restart();
      await ok('POST', `/teams/${team.id}/regenerate_invite_id`, w.tokens.teamAdmin);
      await settle();
      expectUpdated(team, { display_name: 'Updated' });
    });

    it('publishes nothing when the update is refused', async () => {
      const team = await freshTeam();
      expectAppError(await request('PUT', `/teams/${team.id}/patch`, w.tokens.member, { display_name: 'No' }), 403, 'api.context.permissions.app_error');
      expectAppError(await request('PUT', `/teams/${team.id}/patch`, w.tokens.teamAdmin, { display_name: '' }), 400, 'model.team.is_valid.name.app_error');
      expectAppError(await request('PUT', `/teams/${team.id}/privacy`, w.tokens.outsider, { privacy: 'O' }), 403, 'api.context.permissions.app_error');
      expectAppError(await request('POST', `/teams/${team.id}/regenerate_invite_id`, w.tokens.guest), 403, 'api.context.permissions.app_error');
      await settle();
      expectNothingFor(...WORLD);
    });

    it('delete_team and restore_team: the archived team, then the restored one, to its members', async () => {
      const team = await freshTeam();
      await ok('DELETE', `/teams/${team.id}`, w.tokens.teamAdmin);
      await settle();
      const deleted = JSON.parse(got('member', 'delete_team')[0].data.team);
      expect(deleted.delete_at).toBeGreaterThan(0);
      expectUpdated(team, { delete_at: deleted.delete_at }, 'delete_team');

      restart();
      await ok('POST', `/teams/${team.id}/restore`, w.tokens.teamAdmin);
      await settle();
      expectUpdated(team, { delete_at: 0 }, 'restore_team');

      restart();
      expectAppError(await request('DELETE', `/teams/${team.id}`, w.tokens.member), 403, 'api.context.permissions.app_error');
      expectAppError(await request('POST', `/teams/${team.id}/restore`, w.tokens.guest), 403, 'api.context.permissions.app_error');
      await settle();
      expectNothingFor(...WORLD);
    });

    it('a team deleted for good: delete_team still reaches those who were its members', async () => {
      const team = await freshTeam();
      await editConfig((c) => (c.ServiceSettings.EnableAPITeamDeletion = true));
      try {
        await ok('DELETE', `/teams/${team.id}?permanent=true`, w.tokens.admin);
      } finally {
        await editConfig((c) => (c.ServiceSettings.EnableAPITeamDeletion = false));
      }
      await settle();
      const members = { teamAdmin: w.users.teamAdmin, member: w.users.member, guest: w.users.guest };
      for (const [who, user] of Object.entries(members)) {
        expect(names(who), who).toEqual(['delete_team']);
        const [frame] = got(who, 'delete_team');
        // the team no longer lists them: each is sent their own copy, under the team's id
        expect(frame.broadcast).toMatchObject({ team_id: team.id, user_id: user.id });
        const sent = JSON.parse(frame.data.team);
        expect(sent).toMatchObject({ id: team.id, name: team.name, email: '', invite_id: '' });
        expect(sent.delete_at).toBeGreaterThan(0);
      }
      expectNothingFor('outsider', 'admin');
      expect((await request('GET', `/teams/${team.id}`, w.tokens.admin)).status).toBe(404);
    });
  });

  describe('memberrole_updated', () => {
    it('roles and scheme roles: the membership as JSON, to that member only', async () => {
      const team = await freshTeam();
      await ok('PUT', `/teams/${team.id}/members/${w.users.member.id}/roles`, w.tokens.teamAdmin, { roles: 'team_user team_admin' });
      await settle();
      expect(names('member')).toEqual(['memberrole_updated']);
      const [frame] = got('member', 'memberrole_updated');
      expect(frame.broadcast).toMatchObject({ user_id: w.users.member.id, team_id: '', channel_id: '' });
      expect(JSON.parse(frame.data.member)).toEqual({
        team_id: team.id,
        user_id: w.users.member.id,
        roles: 'team_user team_admin',
        delete_at: 0,
        scheme_guest: false,
        scheme_user: true,
        scheme_admin: true,
        explicit_roles: '',
      });
      expectNothingFor('teamAdmin', 'guest', 'outsider', 'admin');

      restart();
      await ok('PUT', `/teams/${team.id}/members/${w.users.member.id}/schemeRoles`, w.tokens.teamAdmin, { scheme_user: true, scheme_admin: false, scheme_guest: false });
      await settle();
      expect(JSON.parse(got('member', 'memberrole_updated')[0].data.member)).toMatchObject({ roles: 'team_user', scheme_admin: false });
      expectNothingFor('teamAdmin', 'guest', 'outsider', 'admin');
    });

    it('publishes nothing when the change is refused', async () => {
      const team = await freshTeam();
      const roles = (token: string | undefined, body: unknown) => request('PUT', `/teams/${team.id}/members/${w.users.member.id}/roles`, token, body);
      expectAppError(await roles(w.tokens.member, { roles: 'team_user team_admin' }), 403, 'api.context.permissions.app_error');
      expectAppError(await roles(w.tokens.teamAdmin, { roles: 'team_user channel_admin' }), 400, 'api.channel.update_team_member_roles.scheme_role.app_error');
      const scheme = await request('PUT', `/teams/${team.id}/members/${w.users.member.id}/schemeRoles`, w.tokens.teamAdmin, { scheme_user: true, scheme_guest: true, scheme_admin: false });
      expectAppError(scheme, 400, 'api.team.update_team_member_roles.guest_and_user.app_error');
      await settle();
      expectNothingFor(...WORLD);
    });
  });
});
