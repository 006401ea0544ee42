/**
 * The system messages channel operations leave, as Mattermost writes them: type, author, props,
 * their place in the channel's totals (join/leave kinds do not count), `posted` to the members,
 * and nothing written when the operation is refused.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/testServer';
import { buildWorld, type World } from '../../helpers/world';
import { createUser, expectAppError, expectNoViolations, login, uniqueUser } from '../../helpers/fixtures';
import { contractViolations, rawSocket, waitUntil } from '../../helpers/wsClient';
import { createTeamChannel } from '../../../app/channels/createChannel';
import { addChannelMember } from '../../../app/channels/membership';
import { createTeam } from '../../../app/teams/createTeam';
import { joinTeam } from '../../../app/teams/membership';
import { getChannelById } from '../../../db/queries/channels';
import { getThreadMembership } from '../../../db/queries/posts';
import { getUserById, updateUserFields } from '../../../db/queries/users';
import { getTeamMemberRow } from '../../../db/queries/teams';
import { newId } from '../../../server/ids';
import type { ChannelRow, UserRow } from '../../../db/schema';

const base = '/api/v4';

interface Post {
  id: string;
  type: string;
  user_id: string;
  message: string;
  props: Record<string, unknown>;
  create_at: number;
}

describe('channel system messages', () => {
  let t: TestServer;
  let w: World;

  beforeAll(async () => {
    t = await startTestServer();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());
  afterEach(() => expectNoViolations(t));

  const db = () => t.running.context.db;
  let seq = 0;
  async function channel(type: 'O' | 'P', members: UserRow[] = [w.users.member]): Promise<ChannelRow> {
    seq += 1;
    const row = await createTeamChannel(db(), w.team.id, { header: '', purpose: '', type, name: `sp-${seq}-${newId().slice(0, 6)}`, display_name: `System ${seq}` }, w.users.teamAdmin);
    for (const m of members) await addChannelMember(db(), row, m);
    return row;
  }
  async function teamUser(prefix = 'mate'): Promise<{ row: UserRow; token: string }> {
    const created = await createUser(t, uniqueUser(prefix), w.tokens.admin);
    const row = (await getUserById(db(), created.id))!;
    await joinTeam(t.running.context, db(), w.team, row);
    return { row, token: await login(t, created.username, created.password) };
  }
  async function ok(method: string, path: string, token: string | undefined, body?: unknown, status = 200) {
    const res = await t.request(method, `${base}${path}`, { token, body });
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res.body;
  }
  /** The channel's posts, oldest first, as GET /channels/{id}/posts returns them (read as a system admin). */
  async function posts(channelId: string): Promise<Post[]> {
    const list = await ok('GET', `/channels/${channelId}/posts?per_page=200`, w.tokens.admin);
    return [...list.order].reverse().map((id: string) => list.posts[id]);
  }
  const systemPosts = async (channelId: string) => (await posts(channelId)).filter((p) => p.type.startsWith('system_'));
  const totals = async (channelId: string) => (await getChannelById(db(), channelId))!;

  it('creating a channel: the creator joins it with system_join_channel, which is not counted as a message', async () => {
    const created = await ok('POST', '/channels', w.tokens.member, { team_id: w.team.id, name: `c-${newId().slice(0, 8)}`, display_name: 'Created', type: 'O' }, 201);
    const [join] = await systemPosts(created.id);
    expect(join).toMatchObject({
      type: 'system_join_channel',
      user_id: w.users.member.id,
      props: { username: w.users.member.username },
      message: `${w.users.member.username} joined the channel.`,
    });
    const row = await totals(created.id);
    expect(row.totalMsgCount).toBe(0);
    expect(row.lastPostAt).toBe(join.create_at);
  });

  describe('membership', () => {
    it('joining oneself: system_join_channel by the joiner', async () => {
      const ch = await channel('O', []);
      await ok('POST', `/channels/${ch.id}/members`, w.tokens.member, { user_id: w.users.member.id }, 201);
      expect((await systemPosts(ch.id)).map((p) => [p.type, p.user_id, p.props])).toEqual([
        ['system_join_channel', w.users.member.id, { username: w.users.member.username }],
      ]);
    });

    it('being added: system_add_to_channel by the adder with both users in its props; a guest gets the guest kind', async () => {
      const ch = await channel('P');
      const mate = await teamUser('added');
      await ok('POST', `/channels/${ch.id}/members`, w.tokens.teamAdmin, { user_ids: [mate.row.id, w.users.guest.id] }, 201);
      const made = await systemPosts(ch.id);
      expect(made.map((p) => [p.type, p.user_id])).toEqual([
        ['system_add_to_channel', w.users.teamAdmin.id],
        ['system_add_guest_to_chan', w.users.teamAdmin.id],
      ]);
      expect(made[0].props).toEqual({
        userId: w.users.teamAdmin.id,
        username: w.users.teamAdmin.username,
        addedUserId: mate.row.id,
        addedUsername: mate.row.username,
      });
      expect(made[0].message).toBe(`${mate.row.username} added to the channel by ${w.users.teamAdmin.username}.`);
      expect(made[1].props).toMatchObject({ addedUserId: w.users.guest.id, addedUsername: w.users.guest.username });
      // join/leave kinds do not count as messages; the guest kind does, as in Mattermost
      expect((await totals(ch.id)).totalMsgCount).toBe(1);
    });

    it('leaving: system_leave_channel by the leaver; being removed: system_remove_from_channel by the remover', async () => {
      const ch = await channel('P');
      const mate = await teamUser('leaver');
      await addChannelMember(db(), ch, mate.row);
      await ok('DELETE', `/channels/${ch.id}/members/me`, mate.token);
      await ok('DELETE', `/channels/${ch.id}/members/${w.users.member.id}`, w.tokens.teamAdmin);
      const made = await systemPosts(ch.id);
      expect(made.map((p) => [p.type, p.user_id, p.message])).toEqual([
        ['system_leave_channel', mate.row.id, `@${mate.row.username} left the channel.`],
        ['system_remove_from_channel', w.users.teamAdmin.id, `@${w.users.member.username} removed from the channel`],
      ]);
      expect(made[0].props).toEqual({ username: mate.row.username });
      expect(made[1].props).toEqual({ removedUserId: w.users.member.id, removedUsername: w.users.member.username });
      expect((await totals(ch.id)).totalMsgCount).toBe(0);
    });

    it('a guest leaving their last channel of the team: the leave message, and the guest leaves the team', async () => {
      const created = await createUser(t, uniqueUser('guestleaver'), w.tokens.admin);
      await updateUserFields(db(), created.id, { roles: 'system_guest' });
      const guest = (await getUserById(db(), created.id))!;
      await joinTeam(t.running.context, db(), w.team, guest);
      const ch = await channel('O', [guest]);
      // unlicensed servers refuse guest logins, so the session is made directly
      const { token } = await t.running.context.sessions.create({ userId: guest.id, roles: guest.roles, lengthHours: 1, props: { is_guest: 'true' } });
      await ok('DELETE', `/channels/${ch.id}/members/me`, token);
      expect((await systemPosts(ch.id)).map((p) => [p.type, p.user_id])).toEqual([['system_leave_channel', guest.id]]);
      expect((await getTeamMemberRow(db(), w.team.id, guest.id))!.deleteAt).toBeGreaterThan(0);
    });

    it('a refused removal writes nothing', async () => {
      const townSquare = (await ok('GET', `/teams/${w.team.id}/channels/name/town-square`, w.tokens.member)) as { id: string };
      const before = (await systemPosts(townSquare.id)).length;
      expectAppError(await t.request('DELETE', `${base}/channels/${townSquare.id}/members/me`, { token: w.tokens.member }), 400, 'api.channel.remove.default.app_error');
      expect(await systemPosts(townSquare.id)).toHaveLength(before);
    });

    it('added from a thread (post_root_id): the user follows it; a root elsewhere or unknown is refused', async () => {
      const ch = await channel('P');
      const root = await ok('POST', '/posts', w.tokens.member, { channel_id: ch.id, message: 'thread root' }, 201);
      const mate = await teamUser('threaded');
      await ok('POST', `/channels/${ch.id}/members`, w.tokens.teamAdmin, { user_id: mate.row.id, post_root_id: root.id }, 201);
      expect(await getThreadMembership(db(), root.id, mate.row.id)).toMatchObject({ following: true });

      const other = await channel('P');
      const elsewhere = await ok('POST', '/posts', w.tokens.member, { channel_id: other.id, message: 'other root' }, 201);
      const late = await teamUser('late');
      expectAppError(
        await t.request('POST', `${base}/channels/${ch.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: late.row.id, post_root_id: elsewhere.id } }),
        400,
        'api.context.invalid_body_param.app_error',
      );
      expectAppError(
        await t.request('POST', `${base}/channels/${ch.id}/members`, { token: w.tokens.teamAdmin, body: { user_id: late.row.id, post_root_id: newId() } }),
        404,
        'app.post.get.app_error',
      );
      expect((await systemPosts(ch.id)).filter((p) => p.props.addedUserId === late.row.id)).toEqual([]);
    });
  });

  describe('channel properties', () => {
    it('patch: a message per changed display name, header and purpose, by the actor, counted as messages', async () => {
      const ch = await channel('O');
      await ok('PUT', `/channels/${ch.id}/patch`, w.tokens.teamAdmin, { display_name: 'Renamed', header: 'Head', purpose: 'Aim' });
      await ok('PUT', `/channels/${ch.id}/patch`, w.tokens.teamAdmin, { header: 'Head 2', purpose: '' });
      await ok('PUT', `/channels/${ch.id}/patch`, w.tokens.teamAdmin, { header: 'Head 2' });
      const made = await systemPosts(ch.id);
      const u = w.users.teamAdmin.username;
      expect(made.map((p) => [p.type, p.user_id, p.props])).toEqual([
        ['system_displayname_change', w.users.teamAdmin.id, { username: u, old_displayname: ch.displayName, new_displayname: 'Renamed' }],
        ['system_header_change', w.users.teamAdmin.id, { username: u, old_header: '', new_header: 'Head' }],
        ['system_purpose_change', w.users.teamAdmin.id, { username: u, old_purpose: '', new_purpose: 'Aim' }],
        ['system_header_change', w.users.teamAdmin.id, { username: u, old_header: 'Head', new_header: 'Head 2' }],
        ['system_purpose_change', w.users.teamAdmin.id, { username: u, old_purpose: 'Aim', new_purpose: '' }],
      ]);
      expect(made.map((p) => p.message)).toEqual([
        `${u} updated the channel display name from: ${ch.displayName} to: Renamed`,
        `${u} updated the channel header to: Head`,
        `${u} updated the channel purpose to: Aim`,
        `${u} updated the channel header from: Head to: Head 2`,
        `${u} removed the channel purpose (was: Aim)`,
      ]);
      expect((await totals(ch.id)).totalMsgCount).toBe(5);
    });

    it('PUT: only a display-name change leaves a message, as Mattermost', async () => {
      const ch = await channel('P');
      await ok('PUT', `/channels/${ch.id}`, w.tokens.teamAdmin, { id: ch.id, display_name: 'Put Name', header: 'ignored for messages' });
      await ok('PUT', `/channels/${ch.id}`, w.tokens.teamAdmin, { id: ch.id, header: 'again' });
      expect((await systemPosts(ch.id)).map((p) => [p.type, p.props.new_displayname])).toEqual([['system_displayname_change', 'Put Name']]);
    });

    it('a direct channel header change is posted in it too', async () => {
      const dm = await ok('POST', '/channels/direct', w.tokens.member, [w.users.member.id, w.users.teamAdmin.id], 201);
      await ok('PUT', `/channels/${dm.id}/patch`, w.tokens.member, { header: 'dm header' });
      expect((await systemPosts(dm.id)).map((p) => [p.type, p.user_id, p.props.new_header])).toEqual([['system_header_change', w.users.member.id, 'dm header']]);
    });

    it('a refused patch writes neither the change nor a message', async () => {
      const taken = await channel('O');
      const ch = await channel('O');
      expectAppError(
        await t.request('PUT', `${base}/channels/${ch.id}/patch`, { token: w.tokens.teamAdmin, body: { name: taken.name, header: 'should not stay' } }),
        400,
        'store.sql_channel.save_channel.exists.app_error',
      );
      expect(await systemPosts(ch.id)).toEqual([]);
      expect((await totals(ch.id)).header).toBe('');
    });

    it('privacy: system_change_chan_privacy by the actor, each way', async () => {
      const ch = await channel('O');
      await ok('PUT', `/channels/${ch.id}/privacy`, w.tokens.teamAdmin, { privacy: 'P' });
      await ok('PUT', `/channels/${ch.id}/privacy`, w.tokens.teamAdmin, { privacy: 'O' });
      expect((await systemPosts(ch.id)).map((p) => [p.type, p.user_id, p.props, p.message])).toEqual([
        ['system_change_chan_privacy', w.users.teamAdmin.id, { username: w.users.teamAdmin.username }, 'This channel has been converted to a Private Channel.'],
        [
          'system_change_chan_privacy',
          w.users.teamAdmin.id,
          { username: w.users.teamAdmin.username },
          'This channel has been converted to a Public Channel and can be joined by any team member.',
        ],
      ]);
    });
  });

  describe('archive, restore, move, conversion', () => {
    it('archive then restore: system_channel_deleted and system_channel_restored by the actor', async () => {
      const ch = await channel('P');
      await ok('DELETE', `/channels/${ch.id}`, w.tokens.teamAdmin);
      await ok('POST', `/channels/${ch.id}/restore`, w.tokens.teamAdmin);
      const made = await systemPosts(ch.id);
      const u = w.users.teamAdmin.username;
      expect(made.map((p) => [p.type, p.user_id, p.props, p.message])).toEqual([
        ['system_channel_deleted', w.users.teamAdmin.id, { username: u }, `${u} archived the channel.`],
        ['system_channel_restored', w.users.teamAdmin.id, { username: u }, `${u} unarchived the channel.`],
      ]);
      const row = await totals(ch.id);
      expect(row.deleteAt).toBe(0);
      expect(row.totalMsgCount).toBe(2);
    });

    it('a refused archive writes nothing', async () => {
      const townSquare = (await ok('GET', `/teams/${w.team.id}/channels/name/town-square`, w.tokens.member)) as { id: string };
      const before = (await systemPosts(townSquare.id)).length;
      expectAppError(await t.request('DELETE', `${base}/channels/${townSquare.id}`, { token: w.tokens.admin }), 400, 'api.channel.delete_channel.cannot.app_error');
      expect(await systemPosts(townSquare.id)).toHaveLength(before);
    });

    it('move: system_move_channel by the admin, naming the former team', async () => {
      const ch = await channel('O');
      const target = await createTeam(t.running.context, { name: `mv-${newId().slice(0, 8)}`, display_name: 'Move Target', type: 'O' }, w.users.admin);
      for (const u of [w.users.teamAdmin, w.users.member]) await joinTeam(t.running.context, db(), target, u);
      await ok('POST', `/channels/${ch.id}/move`, w.tokens.admin, { team_id: target.id, force: false });
      expect((await systemPosts(ch.id)).map((p) => [p.type, p.user_id, p.props, p.message])).toEqual([
        ['system_move_channel', w.users.admin.id, { username: w.users.admin.username }, `This channel has been moved to this team from ${w.team.name}.`],
      ]);
    });

    it('a group message converted to a channel: system_gm_to_channel with the converter and the members', async () => {
      const gm = await ok('POST', '/channels/group', w.tokens.member, [w.users.teamAdmin.id, w.users.guest.id], 201);
      await ok('POST', `/channels/${gm.id}/convert_to_channel`, w.tokens.member, { channel_id: gm.id, team_id: w.team.id, name: `gm-${newId().slice(0, 8)}`, display_name: 'Was GM' });
      const [made] = await systemPosts(gm.id);
      const members = [w.users.member, w.users.teamAdmin, w.users.guest].sort((a, b) => a.username.localeCompare(b.username));
      expect(made).toMatchObject({
        type: 'system_gm_to_channel',
        user_id: w.users.member.id,
        props: { convertedByUserId: w.users.member.id, gmMembersDuringConversionIDs: members.map((m) => m.id) },
      });
      expect(made.message).toBe(
        `${w.users.member.username} created this channel from a group message with ${members[0].username}, ${members[1].username} and ${members[2].username}.`,
      );
    });
  });

  it('a system message is `posted` to the channel members only, sent by "System"', async () => {
    const url = await t.listen();
    const member = await rawSocket(url, { token: w.tokens.member });
    const outsider = await rawSocket(url, { token: w.tokens.outsider });
    await Promise.all([member.event('hello'), outsider.event('hello')]);
    const ch = await channel('P');
    await ok('PUT', `/channels/${ch.id}/patch`, w.tokens.teamAdmin, { header: 'announced' });
    const frame = await waitUntil(() => member.frames.find((f) => f.event === 'posted' && JSON.parse(f.data.post).channel_id === ch.id), 5000, 'posted');
    expect(frame.data).toMatchObject({ channel_type: 'P', sender_name: 'System', team_id: w.team.id });
    expect(JSON.parse(frame.data.post)).toMatchObject({ type: 'system_header_change', props: { new_header: 'announced' } });
    expect((await outsider.reply(outsider.send('ping'))).status).toBe('OK');
    expect(outsider.frames.filter((f) => f.event === 'posted')).toEqual([]);
    member.close();
    outsider.close();
    expect(contractViolations()).toEqual([]);
  });
});
