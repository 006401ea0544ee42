/**
 * The WebSocket events channel operations publish: Mattermost's data fields and broadcasts, the
 * exact recipients (members receive, people outside the channel, team or direct message
 * receive nothing), checked against api/v4/websocket.yaml frame by frame.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { contractViolations, rawSocket, waitUntil, type Frame } from '../../helpers/wsClient';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { joinTeam } from '../../../app/teams/membership';
import { createTeam } from '../../../app/teams/createTeam';
import { getUserById } from '../../../db/queries/users';
import { newId } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

type Socket = Awaited<ReturnType<typeof rawSocket>>;
const base = '/api/v4';

describe('channel WebSocket events', () => {
  let t: TestServer;
  let w: World;
  let url: string;
  const sockets: Record<string, Socket> = {};
  const marks: Record<string, number> = {};

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
    url = await t.listen();
    for (const who of ['admin', 'teamAdmin', 'member', 'guest', 'outsider'] as const) await connect(who, w.tokens[who]!);
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

  const db = () => t.running.context.db;
  const server = () => t.running.context;

  async function connect(who: string, token: string): Promise<Socket> {
    const s = await rawSocket(url, { token });
    await s.event('hello');
    sockets[who] = s;
    marks[who] = s.frames.length;
    return s;
  }

  let barriers = 0;
  /**
   * Publishes a marker to every connection and waits for each to receive it: events reach the
   * connections in the order they were published, so whatever is absent by then never comes.
   */
  async function settle() {
    const marker = `barrier-${(barriers += 1)}`;
    server().events.publish({ event: 'preferences_changed', data: { preferences: JSON.stringify([{ category: marker }]) }, broadcast: {} });
    await Promise.all(
      Object.values(sockets).map((s) =>
        waitUntil(() => s.frames.some((f) => f.event === 'preferences_changed' && String(f.data.preferences).includes(marker)), 5000, marker),
      ),
    );
  }
  /** The frames of one event a socket received since the test began. */
  const got = (who: string, event: string): Frame[] => sockets[who].frames.slice(marks[who]).filter((f) => f.event === event);
  /** The events a socket received since the test began, barriers and presence aside. */
  const names = (who: string) =>
    sockets[who].frames
      .slice(marks[who])
      .map((f) => f.event)
      .filter((e) => e !== 'preferences_changed' && e !== 'status_change');

  let seq = 0;
  const blank = { header: '', purpose: '' };
  async function channel(type: 'O' | 'P', members: UserRow[] = [w.users.member]): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(db(), w.team.id, { ...blank, type, name: `ev-${seq}-${newId().slice(0, 6)}`, display_name: `Events ${seq}` }, w.users.teamAdmin);
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }
  /** A new team member with a connected socket under `who`. */
  async function teamUser(who: string): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t, uniqueUser(who.toLowerCase()), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(server(), db(), w.team, row);
    const token = await login(t, created.username, created.password);
    await connect(who, token);
    // the account's own events (new_user, ...) are not the test's
    await settle();
    restart();
    return { row, token };
  }
  /** Forgets what the sockets received so far. */
  function restart() {
    for (const [who, s] of Object.entries(sockets)) marks[who] = s.frames.length;
  }
  async function ok(method: string, path: string, token: string | undefined, body?: unknown, status = 200) {
    const res = await t.request(method, `${base}${path}`, { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  }

  describe('channel_created', () => {
    it('goes to the creator only, with channel_id and team_id', async () => {
      const created = await ok('POST', '/channels', w.tokens.teamAdmin, { team_id: w.team.id, name: `new-${newId().slice(0, 8)}`, display_name: 'New', type: 'P' }, 201);
      await settle();
      const [frame] = got('teamAdmin', 'channel_created');
      expect(frame.data).toEqual({ channel_id: created.id, team_id: w.team.id });
      expect(frame.broadcast).toMatchObject({ user_id: w.users.teamAdmin.id, channel_id: '', team_id: '' });
      expect(got('teamAdmin', 'channel_created')).toHaveLength(1);
      for (const who of ['member', 'guest', 'outsider', 'admin']) expect(got(who, 'channel_created'), who).toEqual([]);
      // the creator's join message comes first
      expect(names('teamAdmin').indexOf('posted')).toBeLessThan(names('teamAdmin').indexOf('channel_created'));
    });

    it('is a public channel the same: still to the creator only', async () => {
      const created = await ok('POST', '/channels', w.tokens.member, { team_id: w.team.id, name: `pub-${newId().slice(0, 8)}`, display_name: 'Pub', type: 'O' }, 201);
      await settle();
      expect(got('member', 'channel_created').map((f) => f.data.channel_id)).toEqual([created.id]);
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(got(who, 'channel_created'), who).toEqual([]);
    });
  });

  describe('channel_updated', () => {
    it('patch: goes to the private channel members with the channel as JSON; nobody else', async () => {
      const ch = await channel('P');
      const patched = await ok('PUT', `/channels/${ch.id}/patch`, w.tokens.teamAdmin, { header: 'new header', purpose: 'why' });
      await settle();
      for (const who of ['teamAdmin', 'member']) {
        const frames = got(who, 'channel_updated');
        expect(frames, who).toHaveLength(1);
        expect(frames[0].broadcast).toMatchObject({ channel_id: ch.id, user_id: '', team_id: '' });
        expect(JSON.parse(frames[0].data.channel)).toMatchObject({ id: ch.id, header: 'new header', purpose: 'why', type: 'P', update_at: patched.update_at });
      }
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('PUT: goes to the members, including the actor', async () => {
      const ch = await channel('O');
      await ok('PUT', `/channels/${ch.id}`, w.tokens.teamAdmin, { id: ch.id, display_name: 'Renamed', header: 'h' });
      await settle();
      for (const who of ['teamAdmin', 'member']) expect(JSON.parse(got(who, 'channel_updated')[0].data.channel)).toMatchObject({ display_name: 'Renamed', header: 'h' });
      // a public channel's update is for its members, not its team
      for (const who of ['guest', 'outsider', 'admin']) expect(got(who, 'channel_updated'), who).toEqual([]);
    });

    it('a direct channel header: to both members only', async () => {
      const dm = await ok('POST', '/channels/direct', w.tokens.member, [w.users.member.id, w.users.guest.id], 201);
      await settle();
      restart();
      await ok('PUT', `/channels/${dm.id}/patch`, w.tokens.member, { header: 'our header' });
      await settle();
      for (const who of ['member', 'guest']) expect(JSON.parse(got(who, 'channel_updated')[0].data.channel).header).toBe('our header');
      for (const who of ['teamAdmin', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });

  describe('channel_converted', () => {
    it('public → private: channel_updated to the members, the message, then channel_converted to the team', async () => {
      const ch = await channel('O');
      await ok('PUT', `/channels/${ch.id}/privacy`, w.tokens.teamAdmin, { privacy: 'P' });
      await settle();
      expect(names('member')).toEqual(['channel_updated', 'posted', 'channel_converted']);
      expect(JSON.parse(got('member', 'channel_updated')[0].data.channel).type).toBe('P');
      const [converted] = got('member', 'channel_converted');
      expect(converted.data).toEqual({ channel_id: ch.id });
      expect(converted.broadcast).toMatchObject({ team_id: w.team.id, channel_id: '', user_id: '' });
      // the guest is in the team but not in the channel
      expect(names('guest')).toEqual(['channel_converted']);
      for (const who of ['outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('private → public: the same, to the team', async () => {
      const ch = await channel('P');
      await ok('PUT', `/channels/${ch.id}/privacy`, w.tokens.teamAdmin, { privacy: 'O' });
      await settle();
      expect(names('teamAdmin')).toEqual(['channel_updated', 'posted', 'channel_converted']);
      expect(got('guest', 'channel_converted').map((f) => f.data.channel_id)).toEqual([ch.id]);
      expect(names('outsider')).toEqual([]);
    });
  });

  describe('channel_deleted and channel_restored', () => {
    it('a private channel: to its members only, with channel_id and delete_at', async () => {
      const ch = await channel('P');
      await ok('DELETE', `/channels/${ch.id}`, w.tokens.teamAdmin);
      await settle();
      const [deleted] = got('member', 'channel_deleted');
      expect(deleted.data.channel_id).toBe(ch.id);
      expect(deleted.data.delete_at).toBe((await ok('GET', `/channels/${ch.id}`, w.tokens.teamAdmin)).delete_at);
      expect(deleted.broadcast).toMatchObject({ channel_id: ch.id, team_id: '' });
      expect(names('member')).toEqual(['posted', 'channel_deleted']);
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);

      restart();
      await ok('POST', `/channels/${ch.id}/restore`, w.tokens.teamAdmin);
      await settle();
      expect(names('member')).toEqual(['channel_restored', 'posted']);
      expect(got('member', 'channel_restored')[0].data).toEqual({ channel_id: ch.id });
      expect(got('member', 'channel_restored')[0].broadcast).toMatchObject({ channel_id: ch.id, team_id: '' });
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('a public channel: to the whole team (members or not), never outside it', async () => {
      const ch = await channel('O');
      await ok('DELETE', `/channels/${ch.id}`, w.tokens.teamAdmin);
      await settle();
      for (const who of ['teamAdmin', 'member', 'guest']) {
        const [deleted] = got(who, 'channel_deleted');
        expect(deleted.broadcast, who).toMatchObject({ team_id: w.team.id, channel_id: '' });
      }
      for (const who of ['outsider', 'admin']) expect(names(who), who).toEqual([]);

      restart();
      await ok('POST', `/channels/${ch.id}/restore`, w.tokens.teamAdmin);
      await settle();
      for (const who of ['teamAdmin', 'member', 'guest']) expect(got(who, 'channel_restored')[0].broadcast.team_id, who).toBe(w.team.id);
      for (const who of ['outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });

  describe('user_added', () => {
    it('adding someone to a private channel: one event to the other members (omitting the user), one to the user', async () => {
      const ch = await channel('P');
      const mate = await teamUser('Mate1');
      const res = await ok('POST', `/channels/${ch.id}/members`, w.tokens.teamAdmin, { user_id: mate.row.id }, 201);
      expect(res.user_id).toBe(mate.row.id);
      await settle();
      for (const who of ['teamAdmin', 'member']) {
        const frames = got(who, 'user_added');
        expect(frames, who).toHaveLength(1);
        expect(frames[0].data).toEqual({ user_id: mate.row.id, team_id: w.team.id });
        expect(frames[0].broadcast).toMatchObject({ channel_id: ch.id, omit_users: { [mate.row.id]: true }, user_id: '' });
      }
      const mine = got('Mate1', 'user_added');
      expect(mine).toHaveLength(1);
      expect(mine[0].data).toEqual({ user_id: mate.row.id, team_id: w.team.id });
      expect(mine[0].broadcast).toMatchObject({ channel_id: ch.id, user_id: mate.row.id });
      // the newcomer is a member by the time the "added" message is posted
      expect(names('Mate1')).toEqual(['user_added', 'posted']);
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('joining a public channel oneself: the same pair of events, then the join message', async () => {
      const ch = await channel('O', []);
      await ok('POST', `/channels/${ch.id}/members`, w.tokens.member, { user_id: w.users.member.id }, 201);
      await settle();
      expect(names('member')).toEqual(['user_added', 'posted']);
      expect(got('member', 'user_added')[0].broadcast.user_id).toBe(w.users.member.id);
      expect(names('teamAdmin')).toEqual(['user_added', 'posted']);
      expect(got('teamAdmin', 'user_added')[0].broadcast.omit_users).toEqual({ [w.users.member.id]: true });
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('adding an existing member again publishes nothing', async () => {
      const ch = await channel('P');
      await ok('POST', `/channels/${ch.id}/members`, w.tokens.teamAdmin, { user_id: w.users.member.id }, 201);
      await settle();
      for (const who of Object.keys(sockets)) expect(names(who), who).toEqual([]);
    });
  });

  describe('user_removed', () => {
    it('removing someone: {user_id, remover_id} to the remaining members, {channel_id, remover_id} to the removed user', async () => {
      const mate = await teamUser('Mate2');
      const ch = await channel('P', [w.users.member, mate.row]);
      await ok('DELETE', `/channels/${ch.id}/members/${mate.row.id}`, w.tokens.teamAdmin);
      await settle();
      for (const who of ['teamAdmin', 'member']) {
        const frames = got(who, 'user_removed');
        expect(frames, who).toHaveLength(1);
        expect(frames[0].data).toEqual({ user_id: mate.row.id, remover_id: w.users.teamAdmin.id });
        expect(frames[0].broadcast).toMatchObject({ channel_id: ch.id, user_id: '' });
      }
      const mine = got('Mate2', 'user_removed');
      expect(mine).toHaveLength(1);
      expect(mine[0].data).toEqual({ channel_id: ch.id, remover_id: w.users.teamAdmin.id });
      expect(mine[0].broadcast).toMatchObject({ user_id: mate.row.id, channel_id: '' });
      // the removed user no longer sees the channel's posts
      expect(names('Mate2')).toEqual(['user_removed']);
      expect(names('member')).toEqual(['user_removed', 'posted']);
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('leaving: the leaver is the remover', async () => {
      const ch = await channel('O');
      await ok('DELETE', `/channels/${ch.id}/members/me`, w.tokens.member);
      await settle();
      expect(got('member', 'user_removed').map((f) => f.data)).toEqual([{ channel_id: ch.id, remover_id: w.users.member.id }]);
      expect(got('teamAdmin', 'user_removed').map((f) => f.data)).toEqual([{ user_id: w.users.member.id, remover_id: w.users.member.id }]);
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });

  describe('channel_member_updated', () => {
    it('notify props: to the member only, with the membership as JSON', async () => {
      const ch = await channel('P');
      await ok('PUT', `/channels/${ch.id}/members/me/notify_props`, w.tokens.member, { desktop: 'mention', mark_unread: 'mention' });
      await settle();
      const [frame] = got('member', 'channel_member_updated');
      expect(frame.broadcast).toMatchObject({ user_id: w.users.member.id, channel_id: '', team_id: '' });
      const member = JSON.parse(frame.data.channelMember);
      expect(member).toMatchObject({ channel_id: ch.id, user_id: w.users.member.id, roles: 'channel_user' });
      expect(member.notify_props).toMatchObject({ desktop: 'mention', mark_unread: 'mention' });
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('roles and scheme roles changed by a channel admin: to the member, not to the admin', async () => {
      const ch = await channel('P');
      await ok('PUT', `/channels/${ch.id}/members/${w.users.member.id}/roles`, w.tokens.teamAdmin, { roles: 'channel_user channel_admin' });
      await ok('PUT', `/channels/${ch.id}/members/${w.users.member.id}/schemeRoles`, w.tokens.teamAdmin, { scheme_admin: false, scheme_user: true });
      await settle();
      const roles = got('member', 'channel_member_updated').map((f) => JSON.parse(f.data.channelMember).roles);
      expect(roles).toEqual(['channel_user channel_admin', 'channel_user']);
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });

  describe('multiple_channels_viewed', () => {
    it('viewing a channel with unread messages: to the viewer only, with channel_times; nothing when already read', async () => {
      const ch = await channel('P');
      const post = await ok('POST', '/posts', w.tokens.teamAdmin, { channel_id: ch.id, message: 'read me' }, 201);
      await settle();
      restart();
      await ok('POST', '/channels/members/me/view', w.tokens.member, { channel_id: ch.id, prev_channel_id: '' });
      await settle();
      const frames = got('member', 'multiple_channels_viewed');
      expect(frames).toHaveLength(1);
      expect(frames[0].data).toEqual({ channel_times: { [ch.id]: post.create_at } });
      expect(frames[0].broadcast).toMatchObject({ user_id: w.users.member.id });
      expect(got('member', 'channel_viewed')).toEqual([]);
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);

      await ok('POST', '/channels/members/me/view', w.tokens.member, { channel_id: ch.id, prev_channel_id: '' });
      await settle();
      expect(got('member', 'multiple_channels_viewed')).toHaveLength(1);
    });

    it('marking several channels read at once', async () => {
      const a = await channel('P');
      const b = await channel('O');
      const pa = await ok('POST', '/posts', w.tokens.teamAdmin, { channel_id: a.id, message: 'a' }, 201);
      const pb = await ok('POST', '/posts', w.tokens.teamAdmin, { channel_id: b.id, message: 'b' }, 201);
      await settle();
      restart();
      await ok('POST', '/channels/members/me/mark_read', w.tokens.member, [a.id, b.id]);
      await settle();
      expect(got('member', 'multiple_channels_viewed').map((f) => f.data.channel_times)).toEqual([{ [a.id]: pa.create_at, [b.id]: pb.create_at }]);
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });

  describe('direct_added and group_added', () => {
    it('a new direct channel: direct_added to both users; nothing when it already exists', async () => {
      const mate = await teamUser('Mate3');
      const dm = await ok('POST', '/channels/direct', w.tokens.member, [w.users.member.id, mate.row.id], 201);
      await settle();
      for (const who of ['member', 'Mate3']) {
        const frames = got(who, 'direct_added');
        expect(frames, who).toHaveLength(1);
        expect(frames[0].data).toEqual({ creator_id: w.users.member.id, teammate_id: mate.row.id });
        expect(frames[0].broadcast).toMatchObject({ channel_id: dm.id, user_id: '' });
      }
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);

      await ok('POST', '/channels/direct', w.tokens.member, [mate.row.id, w.users.member.id], 201);
      await settle();
      expect(got('member', 'direct_added')).toHaveLength(1);
    });

    it('a new group channel: group_added to each member with every id; nothing for others', async () => {
      const mate = await teamUser('Mate4');
      const ids = [mate.row.id, w.users.teamAdmin.id];
      const gm = await ok('POST', '/channels/group', w.tokens.member, ids, 201);
      await settle();
      const expected = [...ids].sort();
      if (!expected.includes(w.users.member.id)) expected.push(w.users.member.id);
      for (const who of ['member', 'teamAdmin', 'Mate4']) {
        const frames = got(who, 'group_added');
        expect(frames, who).toHaveLength(1);
        expect(JSON.parse(frames[0].data.teammate_ids)).toEqual(expected);
        expect(frames[0].broadcast.channel_id).toBe(gm.id);
      }
      for (const who of ['guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);

      await ok('POST', '/channels/group', w.tokens.member, ids, 201);
      await settle();
      expect(got('member', 'group_added')).toHaveLength(1);
    });
  });

  describe('sidebar categories', () => {
    const categoriesUrl = () => `/users/${w.users.member.id}/teams/${w.team.id}/channels/categories`;

    it('create, update, reorder and delete: each to the owner only, with team_id and user_id', async () => {
      const ch = await channel('O');
      const created = await ok('POST', categoriesUrl(), w.tokens.member, { user_id: w.users.member.id, team_id: w.team.id, display_name: 'Mine', type: 'custom' });
      await settle();
      const [c] = got('member', 'sidebar_category_created');
      expect(c.data).toEqual({ category_id: created.id });
      expect(c.broadcast).toMatchObject({ user_id: w.users.member.id, team_id: w.team.id });

      await ok('PUT', `${categoriesUrl()}/${created.id}`, w.tokens.member, { ...created, channel_ids: [ch.id], muted: true });
      await settle();
      const [u] = got('member', 'sidebar_category_updated');
      expect(u.broadcast).toMatchObject({ user_id: w.users.member.id, team_id: w.team.id });
      const updated = JSON.parse(u.data.updatedCategories);
      expect(updated).toHaveLength(1);
      expect(updated[0]).toMatchObject({ id: created.id, channel_ids: [ch.id], muted: true });
      // the muted category mutes its channel
      const muted = got('member', 'channel_member_updated').map((f) => JSON.parse(f.data.channelMember));
      expect(muted.map((m) => [m.channel_id, m.notify_props.mark_unread])).toEqual([[ch.id, 'mention']]);

      const order = await ok('GET', `${categoriesUrl()}/order`, w.tokens.member);
      const reordered = [...order].reverse();
      await ok('PUT', `${categoriesUrl()}/order`, w.tokens.member, reordered);
      await settle();
      expect(got('member', 'sidebar_category_order_updated').map((f) => f.data)).toEqual([{ order: reordered }]);

      await ok('DELETE', `${categoriesUrl()}/${created.id}`, w.tokens.member);
      await settle();
      expect(got('member', 'sidebar_category_deleted').map((f) => f.data)).toEqual([{ category_id: created.id }]);
      expect(got('member', 'sidebar_category_deleted')[0].broadcast).toMatchObject({ user_id: w.users.member.id, team_id: w.team.id });
      for (const who of ['teamAdmin', 'guest', 'outsider', 'admin']) expect(names(who), who).toEqual([]);
    });

    it('updating a category without changing mutes announces no membership change', async () => {
      const { categories } = await ok('GET', categoriesUrl(), w.tokens.member);
      const favorites = categories.find((c: { type: string }) => c.type === 'favorites');
      await ok('PUT', categoriesUrl(), w.tokens.member, [favorites]);
      await settle();
      expect(got('member', 'sidebar_category_updated')).toHaveLength(1);
      expect(got('member', 'channel_member_updated')).toEqual([]);
    });
  });

  describe('moving and converting', () => {
    it('move with force: user_removed for the members outside the target team, then the move message; no channel_updated', async () => {
      const mate = await teamUser('Mate5');
      const ch = await channel('P', [w.users.member, mate.row]);
      // the target team holds the admin, teamAdmin and member, not the newcomer
      const target = await createTeam(server(), { name: `t-${newId().slice(0, 8)}`, display_name: 'Target', type: 'O' }, w.users.admin);
      for (const u of [w.users.teamAdmin, w.users.member]) await joinTeam(server(), db(), target, u);
      await settle();
      restart();
      await ok('POST', `/channels/${ch.id}/move`, w.tokens.admin, { team_id: target.id, force: true });
      await settle();
      expect(got('Mate5', 'user_removed').map((f) => f.data)).toEqual([{ channel_id: ch.id, remover_id: w.users.admin.id }]);
      expect(got('member', 'user_removed').map((f) => f.data)).toEqual([{ user_id: mate.row.id, remover_id: w.users.admin.id }]);
      expect(names('member')).toEqual(['user_removed', 'posted']);
      expect(got('member', 'channel_updated')).toEqual([]);
      for (const who of ['guest', 'outsider']) expect(names(who), who).toEqual([]);
    });

    it('a group message turned into a private channel: channel_updated, sidebar, message, and the converter made channel admin', async () => {
      const gm = await ok('POST', '/channels/group', w.tokens.member, [w.users.teamAdmin.id, w.users.guest.id], 201);
      await settle();
      restart();
      const name = `from-gm-${newId().slice(0, 6)}`;
      await ok('POST', `/channels/${gm.id}/convert_to_channel`, w.tokens.member, { channel_id: gm.id, team_id: w.team.id, name, display_name: 'From GM' });
      await settle();
      expect(names('member')).toEqual(['channel_updated', 'sidebar_category_updated', 'posted', 'channel_member_updated']);
      expect(JSON.parse(got('member', 'channel_updated')[0].data.channel)).toMatchObject({ type: 'P', team_id: w.team.id, name });
      const [sidebar] = got('member', 'sidebar_category_updated');
      const [channelsCategory] = JSON.parse(sidebar.data.updatedCategories);
      expect(channelsCategory.type).toBe('channels');
      expect(channelsCategory.channel_ids).toContain(gm.id);
      expect(JSON.parse(got('member', 'channel_member_updated')[0].data.channelMember)).toMatchObject({ channel_id: gm.id, scheme_admin: true });
      for (const who of ['teamAdmin', 'guest']) {
        expect(names(who), who).toEqual(['channel_updated', 'sidebar_category_updated', 'posted']);
        expect(got(who, 'sidebar_category_updated')[0].broadcast.user_id).toBe(w.users[who as 'teamAdmin' | 'guest'].id);
      }
      for (const who of ['outsider', 'admin']) expect(names(who), who).toEqual([]);
    });
  });
});
